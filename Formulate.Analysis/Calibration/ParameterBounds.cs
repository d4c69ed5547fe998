using Formulate.Engine.Parameters;

namespace Formulate.Analysis.Calibration;

/// <summary>
/// Which model parameters calibration may move, and how far. Times may go from two thirds of their current value to three
/// times it; factors for what makes care take longer stay between 1 and 3 (they never shorten care); shares stay between
/// 0 and 1. Counts that define a setting (nights a week, weeks a year) are facts, not weightings, and are left alone; so
/// are the lengths of what a council buys by the unit, a waking night's hours and a day session's, which its contracts set.
/// </summary>
internal static class ParameterBounds
{
    /// <summary>
    /// The least share of a time calibration may keep. A sample of 70 reads most times in a handful of cases, and fits had
    /// taken two thirds off the minutes for washing to stand in for one council's habit of booking a call as long as its
    /// heaviest task, a saving no other council's packages bore. See decision 0054.
    /// </summary>
    public const double LowestShareOfATime = 2d / 3d;

    /// <summary>
    /// Hours, so picked up by their unit, but the length of the unit bought rather than a weighting of need: a sample of 70
    /// holds one or two waking nights, and fitting them had shortened a waking night from 10 hours to 1.3.
    /// </summary>
    public static readonly IReadOnlySet<string> LengthsOfWhatIsBought = new HashSet<string>(StringComparer.Ordinal)
    {
        "night.waking_hours_per_night",
        "community.hours_per_session",
    };

    public static (double Lower, double Upper, double Scale)? For(Parameter parameter, double current)
    {
        if (LengthsOfWhatIsBought.Contains(parameter.Key))
        {
            return null;
        }

        var unit = parameter.Unit;
        if (unit.StartsWith("minutes", StringComparison.Ordinal))
        {
            return (LowestShareOfATime * current, Math.Max(3d * current, 30d), Math.Max(current, 10d));
        }

        if (unit.StartsWith("hours", StringComparison.Ordinal))
        {
            return (LowestShareOfATime * current, Math.Max(3d * current, 7d), Math.Max(current, 1d));
        }

        if (unit == "factor")
        {
            return parameter.Key.StartsWith("factor.", StringComparison.Ordinal)
                ? (1d, 3d, Math.Max(current, 1d))
                : (0d, Math.Max(3d * current, 1d), Math.Max(current, 0.5d));
        }

        if (unit == "share")
        {
            return (0d, 1d, 0.5d);
        }

        return null;
    }

    /// <summary>A step big enough to see through the engine's rounding to the penny.</summary>
    public static double Step(double scale) => 0.05d * scale;

    public static decimal Round(Parameter parameter, double value) =>
        Math.Round((decimal)value, parameter.Unit is "factor" or "share" ? 3 : 2, MidpointRounding.AwayFromZero);
}
