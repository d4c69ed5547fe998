using Formulate.Engine.Questions;

namespace Formulate.Engine.Parameters;

/// <summary>
/// What council details must be before a version is saved, whether typed on the council details screen or imported in a
/// configuration file. Checked on saving only: versions stored before a rule existed still open.
/// </summary>
public static class CouncilDetailsRules
{
    public const int MaxNameLength = 200;

    public const int MaxReasonLength = 100;

    /// <summary>Room for a number and its opening hours, which councils often print beside it.</summary>
    public const int MaxTelephoneLength = 100;

    /// <summary>The longest address the standard allows.</summary>
    public const int MaxEmailLength = 254;

    /// <summary>Every letter prints the address in its contact block, so it must fit there.</summary>
    public const int MaxAddressLength = 300;

    /// <summary>A short paragraph: letters print it in full.</summary>
    public const int MaxFinancialAssessmentLength = 1000;

    /// <summary>A sentence or two: letters print it beside the agreed amount.</summary>
    public const int MaxLetterReasonLength = 300;

    /// <summary>What is wrong with the length of a contact detail, or null when it fits.</summary>
    public static string? LengthProblem(string? text, int maximum, string what) =>
        text is { Length: var length } && length > maximum ? $"The {what} is {length} characters long; keep it to {maximum} characters or fewer" : null;

    /// <summary>Letters print the website for people to visit, so it must be a full web address and nothing a browser would run.</summary>
    public static bool IsWebAddress(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary># and six hexadecimal digits, the one way the staff screens' theme takes a colour.</summary>
    public static bool IsColour(string? text) =>
        text is { Length: 7 } && text[0] == '#' && text.Skip(1).All(Uri.IsHexDigit);

    public static bool IsEmailAddress(string text) => text.Contains('@', StringComparison.Ordinal);

    public static IEnumerable<LoadProblem> Problems(ParameterSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (set.Council?.Name is { Length: > MaxNameLength } name)
        {
            yield return new LoadProblem("council.name", $"is {name.Length} characters long; give a name of {MaxNameLength} characters or fewer");
        }

        foreach (var (where, text, maximum, what) in new[]
        {
            ("council.telephone", set.Council?.Telephone, MaxTelephoneLength, "telephone number"),
            ("council.email", set.Council?.Email, MaxEmailLength, "email address"),
            ("council.address", set.Council?.Address, MaxAddressLength, "postal address"),
            ("council.financialAssessment", set.Council?.FinancialAssessment, MaxFinancialAssessmentLength, "paragraph about the financial assessment"),
        })
        {
            if (LengthProblem(text, maximum, what) is { } problem)
            {
                yield return new LoadProblem(where, problem);
            }
        }

        if (set.Council?.Email is { } email && !string.IsNullOrWhiteSpace(email) && !IsEmailAddress(email))
        {
            yield return new LoadProblem("council.email", $"is \"{email}\"; give an email address like name@example.gov.uk, or leave it out");
        }

        if (set.Council?.Website is { } website && !string.IsNullOrWhiteSpace(website) && !IsWebAddress(website))
        {
            yield return new LoadProblem("council.website", $"is \"{website}\"; give the website's full address, starting https://, or leave it out");
        }

        if (set.Council?.PrimaryColour is { } colour && !IsColour(colour))
        {
            yield return new LoadProblem("council.primaryColour", $"is \"{colour}\"; give the colour as # and six hexadecimal digits, like #1d4f91, or leave it out");
        }

        if (CouncilLogo.Problem(set.Council?.Logo) is { } logoProblem)
        {
            yield return new LoadProblem("council.logo", logoProblem);
        }

        foreach (var (reason, sentence) in set.Council?.LetterReasons ?? new Dictionary<string, string>())
        {
            if (!(set.DifferenceReasons ?? []).Contains(reason, StringComparer.Ordinal))
            {
                yield return new LoadProblem("council.letterReasons", $"gives a letter's sentence for \"{reason}\", which is not one of the difference reasons; add the reason or take its sentence out");
            }
            else if (string.IsNullOrWhiteSpace(sentence))
            {
                yield return new LoadProblem("council.letterReasons", $"gives a blank sentence for \"{reason}\"; write what the letter should say, or take the reason out of the list");
            }
            else if (LengthProblem(sentence, MaxLetterReasonLength, $"letter's sentence for \"{reason}\"") is { } problem)
            {
                yield return new LoadProblem("council.letterReasons", problem);
            }
        }

        foreach (var reason in (set.DifferenceReasons ?? []).Where(reason => reason.Length > MaxReasonLength))
        {
            yield return new LoadProblem("differenceReasons", $"has a reason of {reason.Length} characters (\"{reason[..40]}…\"); keep each reason to {MaxReasonLength} characters or fewer");
        }
    }
}
