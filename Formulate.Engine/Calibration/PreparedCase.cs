using Formulate.Engine.Estimation;

namespace Formulate.Engine.Calibration;

/// <summary>A sample case checked once, ready to be estimated many times with different parameters.</summary>
internal sealed class PreparedCase(ScenarioAnswers answers, DateOnly date, double actual)
{
    public ScenarioAnswers Answers { get; } = answers;

    public DateOnly Date { get; } = date;

    public double Actual { get; } = actual;

    /// <summary>Positions, among the calibrated parameters, of those this case's estimate reads.</summary>
    public int[] Reads { get; set; } = [];

    /// <summary>The weekly estimate without a trace or what-ifs; null when the engine cannot estimate the case.</summary>
    public double? Estimate(EngineDefinition definition)
    {
        var calculation = new Calculation(definition, Date, Answers, tracing: false);
        var outcome = ScenarioCalculator.Run(calculation);
        return calculation.MissingCount > 0 || outcome.NotEstimatedReason is not null ? null : (double)outcome.Total;
    }
}
