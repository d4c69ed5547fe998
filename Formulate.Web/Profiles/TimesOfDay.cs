using Formulate.Engine.Questions;

namespace Formulate.Web.Profiles;

/// <summary>
/// Questions a question set asks one time of day at a time ("Does the person need personal care in the morning?", "... at
/// midday?"), shown on screen as one question with a box for each time. Each box is still its own question with its own
/// stored yes or no, so stored profiles, the engine and the question set are unchanged: ticking a box answers yes, an
/// unticked box answers no once any box of the question has been ticked (or "None of these times" chosen).
/// </summary>
public static class TimesOfDay
{
    public const string None = "none";

    private const string Yes = "yes";
    private const string No = "no";
    private const string MorningSuffix = " in the morning?";
    private static readonly string[] Times = ["morning", "midday", "evening", "bedtime"];

    /// <summary>The run of time-of-day questions that starts at <paramref name="index"/>, or empty when none does.</summary>
    public static IReadOnlyList<Question> RunAt(IReadOnlyList<Question> questions, int index)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var first = questions[index];
        if (Prefix(first, "morning") is not { } prefix || Stem(first) is not { } stem)
        {
            return [];
        }

        var run = new List<Question> { first };
        for (var next = index + 1; next < questions.Count; next++)
        {
            var candidate = questions[next];
            var fits = Times.Skip(1).Any(time => Prefix(candidate, time) == prefix) && IsYesNo(candidate)
                && candidate.VisibleWhen == first.VisibleWhen && candidate.Optional == first.Optional
                && candidate.Text.StartsWith(stem + " ", StringComparison.Ordinal) && candidate.Text.EndsWith('?');
            if (!fits)
            {
                break;
            }

            run.Add(candidate);
        }

        return run.Count > 1 ? run : [];
    }

    /// <summary>"When does the person need personal care?", from "Does the person need personal care in the morning?".</summary>
    public static string Legend(IReadOnlyList<Question> times)
    {
        ArgumentNullException.ThrowIfNull(times);
        var stem = Stem(times[0]) ?? throw new ArgumentException("Not a time-of-day question.", nameof(times));
        return "When " + char.ToLowerInvariant(stem[0]) + stem[1..] + "?";
    }

    /// <summary>"In the morning", "At teatime (late afternoon or early evening)": the question's own words for its time.</summary>
    public static string Label(IReadOnlyList<Question> times, Question question)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(question);
        var stem = Stem(times[0]) ?? throw new ArgumentException("Not a time-of-day question.", nameof(times));
        var rest = question.Text[(stem.Length + 1)..].TrimEnd('?');
        return char.ToUpperInvariant(rest[0]) + rest[1..];
    }

    /// <summary>The boxes ticked: each question answered yes, or <see cref="None"/> when every one is answered no.</summary>
    public static IReadOnlyCollection<string> Ticked(IReadOnlyList<Question> times, IReadOnlyDictionary<string, string> answers)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(answers);
        var yes = times.Where(question => answers.GetValueOrDefault(question.Id) == Yes).Select(question => question.Id).ToList();
        return yes.Count == 0 && times.All(question => answers.GetValueOrDefault(question.Id) == No) ? [None] : yes;
    }

    /// <summary>The answers to save so that the stored answers match the boxes now ticked; only those that change.</summary>
    public static IReadOnlyDictionary<string, string> Changes(
        IReadOnlyList<Question> times, IReadOnlyDictionary<string, string> answers, IReadOnlyCollection<string> ticked)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(ticked);
        var changes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var question in times)
        {
            var wanted = ticked.Contains(question.Id) ? Yes : No;
            if (answers.GetValueOrDefault(question.Id) != wanted)
            {
                changes[question.Id] = wanted;
            }
        }

        return changes;
    }

    private static string? Prefix(Question question, string time) =>
        question.Id.EndsWith("." + time, StringComparison.Ordinal) ? question.Id[..^(time.Length + 1)] : null;

    private static bool IsYesNo(Question question) =>
        question.Answers.Count == 2 && question.Offers(Yes) && question.Offers(No);

    /// <summary>"Does the person need personal care", from the morning question, when its wording follows the pattern.</summary>
    private static string? Stem(Question question) =>
        IsYesNo(question) && question.Text.StartsWith("Does ", StringComparison.Ordinal) && question.Text.EndsWith(MorningSuffix, StringComparison.Ordinal)
            ? question.Text[..^MorningSuffix.Length]
            : null;
}
