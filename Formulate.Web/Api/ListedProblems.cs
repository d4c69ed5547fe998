using Formulate.Engine.Text;

namespace Formulate.Web.Api;

/// <summary>
/// The first problems of a list, with how many more there are: every problem is counted, but the answer stays small
/// however much wrong input is sent (10,000 unknown answers would otherwise come back as an answer eight times larger).
/// </summary>
internal static class ListedProblems
{
    public const int MaxListed = 100;

    /// <summary>The problem's extensions: the listed problems as errors, and errorsNotListed when some are left out.</summary>
    public static Dictionary<string, object?> Extensions<T>(IReadOnlyList<T> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var extensions = new Dictionary<string, object?> { ["errors"] = problems.Count > MaxListed ? problems.Take(MaxListed).ToList() : problems };
        if (problems.Count > MaxListed)
        {
            extensions["errorsNotListed"] = problems.Count - MaxListed;
        }

        return extensions;
    }

    /// <summary>Says where the problems are: "see errors", or which of them errors lists.</summary>
    public static string WhereListed(int count) =>
        count > MaxListed
            ? string.Create(UkFormat.Culture, $"errors lists the first {MaxListed}; put those right and send it again to see the rest ({count - MaxListed:N0} more, counted in errorsNotListed).")
            : "see errors.";
}
