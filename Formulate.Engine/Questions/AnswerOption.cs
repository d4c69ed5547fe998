namespace Formulate.Engine.Questions;

/// <summary>One answer a question offers: a stable code stored in profiles, and the label people read.</summary>
public sealed record AnswerOption
{
    public required string Code { get; init; }

    /// <summary>Wording for the practitioner completing the formal profile.</summary>
    public required string Label { get; init; }

    /// <summary>
    /// Wording for the person answering about themselves, addressed as "you"; null where <see cref="Label"/> already
    /// reads well to them (such as "Yes" or "Under 5").
    /// </summary>
    public string? CitizenLabel { get; init; }

    /// <summary>Wording for someone answering about the person they help, who is "they"; null where the "you" wording serves both.</summary>
    public string? CitizenLabelThey { get; init; }
}
