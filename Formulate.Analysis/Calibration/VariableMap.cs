namespace Formulate.Analysis.Calibration;

/// <summary>
/// What a fit varies: either every calibratable parameter on its own, or one multiplier per family of parameters
/// (all the levels of one weighting, such as the minutes for washing), which a small sample can support.
/// </summary>
internal sealed class VariableMap
{
    private readonly double[] _base;
    private readonly int[] _variableOf;

    private VariableMap(double[] baseValues, int[] variableOf, double[] start, double[] lower, double[] upper, double[] scale, bool multiply)
    {
        Multiplies = multiply;
        _base = baseValues;
        _variableOf = variableOf;
        Start = start;
        Lower = lower;
        Upper = upper;
        Scale = scale;
    }

    public double[] Start { get; }

    public double[] Lower { get; }

    public double[] Upper { get; }

    public double[] Scale { get; }

    public int Count => Start.Length;

    /// <summary>The value of <paramref name="parameter"/> that a multiplier of 1 stands for.</summary>
    public double Base(int parameter) => _base[parameter];

    /// <summary>The variable parameter <paramref name="parameter"/> depends on.</summary>
    public int VariableOf(int parameter) => _variableOf[parameter];

    /// <summary>Each parameter varied on its own, starting from <paramref name="values"/> and held towards them.</summary>
    public static VariableMap Individual(WorkingModel model, double[] values) =>
        new([.. values], [.. Enumerable.Range(0, model.Count)], [.. values], model.Lower, model.Upper, model.Scale, multiply: false);

    /// <summary>One multiplier per family (the key up to its last dot), starting at 1, within every member's bounds.</summary>
    public static VariableMap Families(WorkingModel model)
    {
        var families = new Dictionary<string, int>(StringComparer.Ordinal);
        var variableOf = new int[model.Count];
        var lower = new List<double>();
        var upper = new List<double>();
        for (var j = 0; j < model.Count; j++)
        {
            var key = model.Parameters[j].Key;
            var family = key.Contains('.', StringComparison.Ordinal) ? key[..key.LastIndexOf('.')] : key;
            if (!families.TryGetValue(family, out var variable))
            {
                variable = families.Count;
                families[family] = variable;
                lower.Add(0d);
                upper.Add(double.MaxValue);
            }

            variableOf[j] = variable;
            if (model.Start[j] > 0d)
            {
                lower[variable] = Math.Max(lower[variable], model.Lower[j] / model.Start[j]);
                upper[variable] = Math.Min(upper[variable], model.Upper[j] / model.Start[j]);
            }
        }

        var count = families.Count;
        return new VariableMap(
            [.. model.Start],
            variableOf,
            [.. Enumerable.Repeat(1d, count)],
            [.. lower.Select(value => Math.Min(value, 1d))],
            [.. upper.Select(value => value == double.MaxValue ? 1d : Math.Max(value, 1d))],
            [.. Enumerable.Repeat(1d, count)],
            multiply: true);
    }

    private bool Multiplies { get; }

    /// <summary>The parameter values the variables stand for.</summary>
    public double[] Values(double[] variables)
    {
        var values = new double[_base.Length];
        for (var j = 0; j < values.Length; j++)
        {
            values[j] = Multiplies ? _base[j] * variables[_variableOf[j]] : variables[_variableOf[j]];
        }

        return values;
    }
}
