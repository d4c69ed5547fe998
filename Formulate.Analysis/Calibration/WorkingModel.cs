using Formulate.Engine.Estimation;
using Formulate.Engine.Parameters;

namespace Formulate.Analysis.Calibration;

/// <summary>The calibratable model parameters as a vector, and engine definitions built from any values of it.</summary>
internal sealed class WorkingModel
{
    private const string WorkingReference = "value under calibration";
    private readonly EngineDefinition _definition;
    private readonly Parameter[] _fixed;

    public WorkingModel(EngineDefinition definition, DateOnly date)
    {
        _definition = definition;
        var calibrated = new List<Parameter>();
        var fixedParameters = new List<Parameter>();
        var start = new List<double>();
        var lower = new List<double>();
        var upper = new List<double>();
        var scale = new List<double>();
        foreach (var parameter in definition.Model.Parameters)
        {
            var current = (parameter.At(date) ?? parameter.Values[^1]).Value;
            if (ParameterBounds.For(parameter, (double)current) is { } bounds)
            {
                calibrated.Add(parameter);
                start.Add(Math.Clamp((double)current, bounds.Lower, bounds.Upper));
                lower.Add(bounds.Lower);
                upper.Add(bounds.Upper);
                scale.Add(bounds.Scale);
            }
            else
            {
                fixedParameters.Add(parameter);
            }
        }

        Parameters = [.. calibrated];
        _fixed = [.. fixedParameters];
        Start = [.. start];
        Lower = [.. lower];
        Upper = [.. upper];
        Scale = [.. scale];
        Index = calibrated.Select((parameter, index) => (parameter.Key, index)).ToDictionary(pair => pair.Key, pair => pair.index, StringComparer.Ordinal);
    }

    public Parameter[] Parameters { get; }

    public double[] Start { get; }

    public double[] Lower { get; }

    public double[] Upper { get; }

    public double[] Scale { get; }

    public IReadOnlyDictionary<string, int> Index { get; }

    public int Count => Parameters.Length;

    /// <summary>The stamp every working definition's model carries, so reads of it can be told from the configuration's.</summary>
    public string Stamp => _definition.Model.Stamp;

    /// <summary>A definition whose calibrated parameters hold <paramref name="values"/> on every date.</summary>
    public EngineDefinition With(double[] values)
    {
        var parameters = new List<Parameter>(_fixed.Length + Parameters.Length);
        parameters.AddRange(_fixed);
        for (var i = 0; i < Parameters.Length; i++)
        {
            parameters.Add(Parameters[i] with
            {
                Values = [new DatedValue { From = DateOnly.MinValue, Value = (decimal)values[i], Reference = WorkingReference }],
            });
        }

        return _definition with { Model = _definition.Model with { Parameters = parameters } };
    }

    /// <summary>Values rounded as they will be published.</summary>
    public double[] Rounded(double[] values) =>
        [.. values.Select((value, i) => (double)ParameterBounds.Round(Parameters[i], value))];
}
