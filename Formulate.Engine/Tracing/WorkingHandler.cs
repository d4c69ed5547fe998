using System.Runtime.CompilerServices;
using Formulate.Engine.Text;

namespace Formulate.Engine.Tracing;

/// <summary>
/// Builds a step's working only when the step is traced, so that untraced what-if runs format no strings.
/// Figures are written in <see cref="UkFormat.Culture"/>; decimals through <see cref="DecimalTexts"/>, which keeps their text.
/// </summary>
[InterpolatedStringHandler]
internal ref struct WorkingHandler
{
    private DefaultInterpolatedStringHandler _text;
    private readonly bool _tracing;

    public WorkingHandler(int literalLength, int formattedCount, Formulate.Engine.Estimation.StepRecorder step, out bool shouldAppend)
    {
        _tracing = step.Tracing;
        if (_tracing)
        {
            // Room for the figures as well as the literal text, so that the buffer rarely needs to grow.
            _text = new DefaultInterpolatedStringHandler(literalLength, formattedCount, UkFormat.Culture);
        }

        shouldAppend = _tracing;
    }

    public void AppendLiteral(string text) => _text.AppendLiteral(text);

    public void AppendFormatted<T>(T value)
    {
        if (typeof(T) == typeof(decimal))
        {
            _text.AppendLiteral(DecimalTexts.Format((decimal)(object)value!, null));
        }
        else
        {
            _text.AppendFormatted(value);
        }
    }

    public void AppendFormatted<T>(T value, string format)
        where T : IFormattable
    {
        if (typeof(T) == typeof(decimal))
        {
            _text.AppendLiteral(DecimalTexts.Format((decimal)(object)value, format));
        }
        else
        {
            _text.AppendFormatted(value, format);
        }
    }

    /// <summary>The working, after which the handler must not be used again.</summary>
    public string ToStringAndClear() => _tracing ? _text.ToStringAndClear() : string.Empty;
}
