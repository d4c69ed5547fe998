namespace Formulate.Web.Letters;

/// <summary>The budget a manager approved, which a letter explains, and why it differs from the estimate, in words for the person.</summary>
public sealed record AgreedBudget
{
    /// <summary>£ a week.</summary>
    public required decimal WeeklyAmount { get; init; }

    /// <summary>Plain English, written to the person: why the agreed amount is not the estimate; null when it is the estimate.</summary>
    public string? Reason { get; init; }

    /// <summary>The day it was finally approved, which is the day it starts.</summary>
    public required DateOnly ApprovedOn { get; init; }
}
