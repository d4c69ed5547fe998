namespace Formulate.Web.Letters;

/// <summary>The letter's title and section headings, in the order they appear.</summary>
public static class LetterHeadings
{
    public const string Title = "Your budget for care and support";
    public const string Amount = "How much money";
    public const string WhatFor = "What the money is for";
    public const string FamilyAndFriends = "Help from family and friends";
    public const string StartingPoint = "This is a starting point";
    public const string Next = "What happens next";
    public const string Questions = "Questions, reviews and complaints";

    public static IReadOnlyList<string> Sections { get; } = [Amount, WhatFor, FamilyAndFriends, StartingPoint, Next, Questions];
}
