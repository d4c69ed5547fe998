using System.Runtime.CompilerServices;
using System.Text;

namespace Formulate.Engine.Tracing;

/// <summary>
/// Builds a step's working only when the step is traced, so that untraced what-if runs format no strings.
/// </summary>
[InterpolatedStringHandler]
internal ref struct WorkingHandler
{
    private readonly StringBuilder? _builder;

    public WorkingHandler(int literalLength, int formattedCount, Formulate.Engine.Estimation.StepRecorder step, out bool shouldAppend)
    {
        _ = formattedCount;
        _builder = step.Tracing ? new StringBuilder(literalLength + 32) : null;
        shouldAppend = step.Tracing;
    }

    public readonly void AppendLiteral(string text) => _builder!.Append(text);

    public readonly void AppendFormatted<T>(T value) => _builder!.Append(System.Globalization.CultureInfo.InvariantCulture, $"{value}");

    public readonly void AppendFormatted<T>(T value, string format)
        where T : IFormattable => _builder!.Append(value.ToString(format, System.Globalization.CultureInfo.InvariantCulture));

    public readonly override string ToString() => _builder?.ToString() ?? string.Empty;
}
