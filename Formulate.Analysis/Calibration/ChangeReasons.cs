using System.Globalization;
using Formulate.Analysis.Text;

namespace Formulate.Analysis.Calibration;

/// <summary>
/// Says why calibration moved a parameter: what the packages of the cases that read it said about their estimates. A
/// fit moves many weightings at once, so a value can move against its own cases' difference to balance the others they
/// read, and one nobody read moves with the other values of its family; the sentence says which.
/// </summary>
internal static class ChangeReasons
{
    public static string Explain(decimal before, decimal after, int casesReading, decimal shortfallBefore, decimal shortfallAfter)
    {
        var moved = after > before ? "Raised" : "Lowered";
        if (casesReading == 0)
        {
            return $"{moved} with the other values of its kind, which the sample's cases read; no case in the sample reads this value itself.";
        }

        var one = casesReading == 1;
        var cases = one ? "the 1 case that reads it was estimated" : string.Create(CultureInfo.InvariantCulture, $"the {casesReading} cases that read it were estimated a median");
        var agrees = shortfallBefore == 0m || (after > before) == (shortfallBefore > 0m);
        var joint = agrees ? "because" : one ? "to balance the other weightings that case reads, although" : "to balance the other weightings those cases read, although";
        return $"{moved} {joint} {cases} {Gap(shortfallBefore, one)}; {Gap(shortfallAfter, one)} after calibration.";
    }

    private static string Gap(decimal shortfall, bool one)
    {
        var packages = one ? "its package" : "their packages";
        return shortfall switch
        {
            > 0m => $"{Pounds.Format(shortfall)} a week below {packages}",
            < 0m => $"{Pounds.Format(-shortfall)} a week above {packages}",
            _ => $"no different from {packages}",
        };
    }
}
