using System.ComponentModel.DataAnnotations;

namespace Formulate.Data.SignOff;

/// <summary>The council's sign-off rules, under <c>Formulate:SignOff</c>.</summary>
public sealed class SignOffOptions
{
    public const string SectionName = "Formulate:SignOff";

    /// <summary>A proposed weekly budget above this needs a second approval, by a different manager.</summary>
    [Range(typeof(decimal), "0", "1000000")]
    public decimal SecondApprovalAboveWeekly { get; set; } = 1000m;

    /// <summary>How long after an agreed budget starts it is due for review.</summary>
    [Range(1, 60)]
    public int ReviewAfterMonths { get; set; } = 12;

    /// <summary>
    /// The reasons a proposal may differ from the estimate. Left empty, the defaults apply
    /// (a configured list replaces them rather than adding to them).
    /// </summary>
    public List<string> DifferenceReasons { get; set; } = [];

    public static IReadOnlyList<string> DefaultDifferenceReasons { get; } =
        ["Specialist provider", "Market supplement", "Personal circumstances", "Other"];

    public IReadOnlyList<string> Reasons => DifferenceReasons.Count > 0 ? DifferenceReasons : DefaultDifferenceReasons;
}
