using Formulate.Engine.Chc;
using Formulate.Engine.Estimation;
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

    /// <summary>£ a week: the estimate the approved budget was agreed from.</summary>
    public required decimal WeeklyEstimate { get; init; }

    /// <summary>The person's latest approved budget, which the letter explains.</summary>
    public required AgreedBudget Agreed { get; init; }

    /// <summary>What the money is for, with any change the council's limits made and any agreed change: they add up to <see cref="WeeklyAmount"/>.</summary>
    public required IReadOnlyList<LetterLine> Lines { get; init; }

    /// <summary>What the person may pay towards their care: the council's paragraph about the financial assessment.</summary>
    public required string FinancialAssessment { get; init; }

    public required decimal TotalWeeklyHours { get; init; }

    /// <summary>Set when the estimate was above the council's high-end cap and went to panel, which the letter explains.</summary>
    public PanelReferral? PanelReferral { get; init; }

    public required IReadOnlyList<string> UnpaidSupport { get; init; }

    public required CouncilDetails Council { get; init; }

    /// <summary>Which answers came from what the person, or someone helping them, told us online; null when none did.</summary>
    public LetterSelfAssessment? FromThePerson { get; init; }

    /// <summary>The CHC Checklist prediction, for the appendix councils may choose to add; null when they do not.</summary>
    public ChcPrediction? Chc { get; init; }

    /// <summary>The amount the letter leads with: the approved budget.</summary>
    public decimal WeeklyAmount => Agreed.WeeklyAmount;
}
