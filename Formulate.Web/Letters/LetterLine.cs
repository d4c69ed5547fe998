namespace Formulate.Web.Letters;

/// <summary>One thing the budget pays for, in words: "Help with personal care: 7 hours a week, £151.48".</summary>
public sealed record LetterLine
{
    public required string Text { get; init; }

    /// <summary>£ a week.</summary>
    public required decimal WeeklyAmount { get; init; }
}
