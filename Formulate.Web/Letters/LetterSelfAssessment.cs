namespace Formulate.Web.Letters;

/// <summary>What the letter says of the answers the person, or someone helping them, gave online before the budget was worked out.</summary>
public sealed record LetterSelfAssessment
{
    /// <summary>Who answered, as the letter names them: "you", or the helper by how they know the person ("your son or daughter").</summary>
    public required string AnsweredBy { get; init; }

    public bool ByHelper => AnsweredBy != "you";

    /// <summary>The answers the budget used as they were given, in question order.</summary>
    public required IReadOnlyList<LetterAnswer> Kept { get; init; }

    /// <summary>The answers the practitioner changed after talking with the person, in question order.</summary>
    public required IReadOnlyList<LetterAnswer> Changed { get; init; }
}
