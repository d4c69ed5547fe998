using Formulate.Engine.Estimation;

namespace Formulate.Analysis.Calibration;

/// <summary>A sample case checked once, ready to be estimated many times with different parameters.</summary>
internal sealed class PreparedCase(ScenarioAnswers answers, DateOnly date, double actual)
{
    public ScenarioAnswers Answers { get; } = answers;

    public DateOnly Date { get; } = date;

    public double Actual { get; } = actual;

    /// <summary>Positions, among the calibrated parameters, of those this case's estimate reads.</summary>
    public int[] Reads { get; init; } = [];

    /// <summary>
    /// For each parameter this case reads (by position), the areas whose result changes when it moves; null where it is
    /// read outside the areas (such as in the facts about the person every area uses), so that everything changes.
    /// </summary>
    public IReadOnlyDictionary<int, string[]?> AreasReading { get; init; } = new Dictionary<int, string[]?>();

    /// <summary>
    /// The weekly cost the model puts on the needs, before the council's high-end cap and minimum budget, without a trace
    /// or what-ifs; null when the engine cannot estimate the case. The limits are the council's to set, not weightings to
    /// fit: an estimate held at the cap would not move whatever the weightings, so the package of someone above it would
    /// tell the fit nothing about the weightings of high needs, and its difference would count against every fit alike.
    /// </summary>
    /// <param name="memo">Area results to take rather than work out again.</param>
    public double? Estimate(EngineDefinition definition, AreaMemo? memo = null)
    {
        var calculation = new Calculation(definition, Date, Answers, tracing: false, memo);
        var outcome = ScenarioCalculator.Run(calculation);
        return calculation.MissingCount > 0 || outcome.NotEstimatedReason is not null
            ? null
            : (double)BudgetLimits.Without(outcome.Total, outcome.Adjustments);
    }

    /// <summary>The areas to work out again when the parameters standing for <paramref name="variable"/> move; null for all of them.</summary>
    public string[]? AreasMovedBy(int variable, VariableMap map)
    {
        List<string>? areas = null;
        foreach (var parameter in Reads)
        {
            if (map.VariableOf(parameter) != variable)
            {
                continue;
            }

            if (AreasReading[parameter] is not { } reading)
            {
                return null;
            }

            areas ??= [];
            areas.AddRange(reading);
        }

        return areas is null ? [] : [.. areas.Distinct(StringComparer.Ordinal)];
    }
}
