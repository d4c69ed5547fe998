namespace Formulate.Web.Letters;

/// <summary>A letter, or the reason one cannot be written yet, in words a practitioner can act on.</summary>
public sealed record LetterOutcome
{
    public Letter? Letter { get; private init; }

    public string? Problem { get; private init; }

    /// <summary>For staff, not the person: a newer estimate or submission the letter does not explain yet.</summary>
    public string? Notice { get; private init; }

    public required string PersonName { get; init; }

    public required string CaseReference { get; init; }

    public static LetterOutcome Ready(Letter letter, string? notice = null) => new()
    {
        Letter = letter,
        Notice = notice,
        PersonName = letter.PersonName,
        CaseReference = letter.CaseReference,
    };

    public static LetterOutcome CannotWrite(string personName, string caseReference, string problem) => new()
    {
        Problem = problem,
        PersonName = personName,
        CaseReference = caseReference,
    };
}
