namespace Formulate.Web.Letters;

/// <summary>The letter's title and section headings, in the order they appear.</summary>
public static class LetterHeadings
{
    public const string Title = "Your budget for care and support";
    public const string Amount = "How much money";
    public const string WhatFor = "What the money is for";
    public const string FamilyAndFriends = "Help from family and friends";
    public const string StartingPoint = "How we worked out the amount";
    public const string Paying = "Paying towards your care";
    public const string Next = "What happens next";
    public const string Questions = "Questions, reviews and complaints";

    /// <summary>Shown only when the person, or someone helping them, answered the questions online first.</summary>
    public const string FromThePerson = "What you told us online";

    /// <summary>The appendix a council may choose to add; not one of the letter's own sections.</summary>
    public const string ChcAppendix = "Appendix: NHS Continuing Healthcare";

    public static IReadOnlyList<string> Sections { get; } = [Amount, WhatFor, FamilyAndFriends, StartingPoint, Paying, Next, Questions];
}
