using Formulate.Data.Entities;

namespace Formulate.Web.Accounts;

/// <summary>
/// Refuses a password that is long enough but easy to guess all the same: one made from its owner's own names, one
/// character repeated, a few characters repeated, a run such as abcd or 1234 or a keyboard row, or one on the list of
/// common passwords, also with numbers or symbols added before or after.
/// </summary>
public sealed class GuessablePasswords(CommonPasswords common)
{
    private const string HarderToGuess = "Choose a password that is harder to guess: this one ";

    /// <summary>What is left of a password once its owner's names are taken out must be at least this long, and not guessable itself.</summary>
    private const int MinLengthBesideOwnDetails = 6;

    /// <summary>A name shorter than this is too common a run of letters to refuse a password for containing it.</summary>
    private const int MinDetailLength = 3;

    private static readonly string[] Runs =
    [
        "abcdefghijklmnopqrstuvwxyz",
        "0123456789",
        "qwertyuiopasdfghjklzxcvbnm",
        "qwertyuiop",
        "asdfghjkl",
        "zxcvbnm",
        "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
    ];

    /// <summary>Why <paramref name="password"/> is too easy to guess for <paramref name="account"/>, or null when it is not.</summary>
    public string? ProblemWith(string password, UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(account);
        // Spaces and punctuation between the names add nothing to guess.
        if (WithoutOwnDetails(password, account) is { } rest
            && new string([.. rest.Where(char.IsLetterOrDigit)]) is var added
            && (added.Length < MinLengthBesideOwnDetails || Guessable(added) is not null))
        {
            return HarderToGuess + "is made from your name or user name";
        }

        return Guessable(password) is { } why ? HarderToGuess + why : null;
    }

    private string? Guessable(string password)
    {
        var lower = password.ToLowerInvariant();
        if (lower.Distinct().Count() == 1)
        {
            return "is one character repeated";
        }

        if (IsRun(lower))
        {
            return "is a sequence of characters, such as abcd, 1234 or qwerty";
        }

        if (IsRepeatedBlock(lower))
        {
            return "repeats the same few characters";
        }

        if (common.Contains(password))
        {
            return "is on a list of common passwords";
        }

        var core = password.Trim(NotLetter);
        if (core.Length > 0 && core.Length < password.Length && common.Contains(core))
        {
            return "is a common password with numbers or symbols added";
        }

        return null;
    }

    /// <summary>The password with its owner's names taken out, or null when it contains none of them.</summary>
    private static string? WithoutOwnDetails(string password, UserAccount account)
    {
        var details = Parts(account.UserName).Concat(Parts(account.DisplayName))
            .Where(part => part.Length >= MinDetailLength)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(part => part.Length)
            .ToList();
        var rest = password;
        foreach (var detail in details)
        {
            rest = rest.Replace(detail, "", StringComparison.OrdinalIgnoreCase);
        }

        return rest.Length == password.Length ? null : rest;
    }

    /// <summary>A name, and each word of it: a user name may be an e-mail address, whose parts count as well.</summary>
    private static IEnumerable<string> Parts(string name) =>
        name.Split([' ', '.', '_', '-', '@', '\''], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Prepend(name.Replace(" ", "", StringComparison.Ordinal));

    /// <summary>Each character follows the one before in a run (either way round, starting anywhere, going round again).</summary>
    private static bool IsRun(string password) =>
        Runs.Any(run =>
        {
            var twice = string.Concat(Enumerable.Repeat(run, (password.Length / run.Length) + 2));
            var backwards = new string(twice.Reverse().ToArray());
            return twice.Contains(password, StringComparison.Ordinal) || backwards.Contains(password, StringComparison.Ordinal);
        });

    private static bool IsRepeatedBlock(string password) =>
        Enumerable.Range(1, password.Length / 2)
            .Where(length => password.Length % length == 0)
            .Any(length => string.Concat(Enumerable.Repeat(password[..length], password.Length / length)) == password);

    private static char[] NotLetter { get; } = [.. Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsLetter(c)), '£', '€'];
}
