namespace Formulate.Engine.Parameters;

/// <summary>Who the configuration belongs to and how people contact them about a budget.</summary>
public sealed record CouncilDetails
{
    public required string Name { get; init; }

    public string? Telephone { get; init; }

    public string? Email { get; init; }

    public string? Address { get; init; }

    public string? Website { get; init; }

    /// <summary>The council's Index of Multiple Deprivation decile, 1 (most deprived) to 10, for finding similar councils.</summary>
    public int? DeprivationDecile { get; init; }

    /// <summary>The kind of area the council serves (see <c>RegionTypes</c>), for finding similar councils.</summary>
    public string? RegionType { get; init; }

    /// <summary>Whether letters end with the CHC Checklist prediction, domain by domain; left out unless the council chooses it.</summary>
    public bool? ShowChcPredictionInLetters { get; init; }

    /// <summary>
    /// What letters say about the financial assessment and what the person may pay towards their care; letters give a
    /// general paragraph when it is left out.
    /// </summary>
    public string? FinancialAssessment { get; init; }

    /// <summary>
    /// For each reason a budget may differ from the estimate, the sentence a letter gives the person; a reason left out
    /// gets a general sentence.
    /// </summary>
    public IReadOnlyDictionary<string, string>? LetterReasons { get; init; }

    /// <summary>
    /// The colour of the staff screens' app bar, buttons and links, as # and six hexadecimal digits; left out, the
    /// screens use their own blue. Only a colour white text can be read on is accepted where it is set.
    /// </summary>
    public string? PrimaryColour { get; init; }

    /// <summary>
    /// The council's logo for the staff screens' app bar, a PNG or SVG image as a data URI
    /// (<c>data:image/png;base64,...</c>); left out, the app bar gives the council's name in text.
    /// </summary>
    public string? Logo { get; init; }
}
