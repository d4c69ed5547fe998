namespace Formulate.Web.Letters;

/// <summary>One question the person (or their helper) answered online, in their own words, and the answer the budget used.</summary>
/// <param name="Changed">The practitioner chose another answer than the one given.</param>
public sealed record LetterAnswer(string Question, string Given, string Used, bool Changed);
