namespace Formulate.Web.Letters;

/// <summary>The budget agreed with the person, when it has been agreed, and why it differs from the estimate.</summary>
public sealed record AgreedBudget
{
    /// <summary>£ a week.</summary>
    public required decimal WeeklyAmount { get; init; }

    /// <summary>Plain English, written to the person: why the agreed amount is not the estimate.</summary>
    public required string Reason { get; init; }
}
