using Formulate.Engine.Chc;
using Formulate.Engine.Parameters;

namespace Formulate.Web.Letters;

/// <summary>Everything a letter to the person says, worked out before it is laid out on a page or printed.</summary>
public sealed record Letter
{
    public required string PersonName { get; init; }

    /// <summary>Who the letter's "Dear ..." is to: the preferred name, else the title and family name, else the full name.</summary>
    public required string Greeting { get; init; }

    public required string CaseReference { get; init; }

    public required IReadOnlyList<string> AddressLines { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>£ a week, from the latest estimate.</summary>
    public required decimal WeeklyEstimate { get; init; }

    /// <summary>Null until a budget has been agreed; the letter then says the estimate is a starting point.</summary>
    public AgreedBudget? Agreed { get; init; }

    public required IReadOnlyList<LetterLine> Lines { get; init; }

    /// <summary>Sentences about changes the council's limits made, such as the most it pays for support at home.</summary>
    public required IReadOnlyList<string> Adjustments { get; init; }

    public required decimal TotalWeeklyHours { get; init; }

    public required IReadOnlyList<string> UnpaidSupport { get; init; }

    public required CouncilDetails Council { get; init; }

    /// <summary>The CHC Checklist prediction, for the appendix councils may choose to add; null when they do not.</summary>
    public ChcPrediction? Chc { get; init; }

    /// <summary>The amount the letter leads with: the agreed budget when there is one, otherwise the estimate.</summary>
    public decimal WeeklyAmount => Agreed?.WeeklyAmount ?? WeeklyEstimate;
}
