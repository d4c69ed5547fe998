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

        var cases = casesReading == 1 ? "the 1 case that reads it was" : string.Create(CultureInfo.InvariantCulture, $"the {casesReading} cases that read it were");
        var agrees = shortfallBefore == 0m || (after > before) == (shortfallBefore > 0m);
        var joint = agrees ? "because" : "to balance the other weightings those cases read, although";
        return $"{moved} {joint} {cases} estimated a median {Gap(shortfallBefore)}; {Gap(shortfallAfter)} after calibration.";
    }

    private static string Gap(decimal shortfall) => shortfall switch
    {
        > 0m => $"{Pounds.Format(shortfall)} a week below their packages",
        < 0m => $"{Pounds.Format(-shortfall)} a week above their packages",
        _ => "no different from their packages",
    };
}
