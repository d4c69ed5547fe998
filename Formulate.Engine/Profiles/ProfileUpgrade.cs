using Formulate.Engine.Questions;

namespace Formulate.Engine.Profiles;

/// <summary>A draft moved to a newer question set: the answers kept, those dropped, and the questions now to answer.</summary>
public sealed record ProfileUpgrade
{
    /// <summary>The draft on the newer set, with every answer that still applies.</summary>
    public required NeedsProfile Profile { get; init; }

    /// <summary>Answers the newer set no longer asks, or no longer offers the answer of, by question id.</summary>
    public required IReadOnlyList<string> Dropped { get; init; }

    /// <summary>Questions the newer set asks, given the kept answers, that the draft has no answer to, in the order asked.</summary>
    public required IReadOnlyList<string> ToAnswer { get; init; }

    /// <summary>
    /// Moves <paramref name="draft"/>, answered on <paramref name="from"/>, to <paramref name="to"/>: an answer is kept
    /// where the newer set has the same question, offers the same answer and still asks it given the other kept answers.
    /// Pure: the draft is not changed.
    /// </summary>
    public static ProfileUpgrade Of(NeedsProfile draft, QuestionSet from, QuestionSet to)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (draft.QuestionSetVersion is { } version && version != from.Version)
        {
            throw new ArgumentException($"The draft was answered on question set {version}, not {from.Version}; upgrade it from the set it was answered on.", nameof(draft));
        }

        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        var dropped = new List<string>();
        foreach (var (questionId, code) in draft.Answers)
        {
            if (to.Find(questionId) is { } question && question.Offers(code))
            {
                kept[questionId] = code;
            }
            else
            {
                dropped.Add(questionId);
            }
        }

        var (visible, hidden) = new VisibleAnswers(to, kept).WithoutHidden();
        dropped.AddRange(hidden);
        var asked = new VisibleAnswers(to, visible);
        var toAnswer = asked.VisibleQuestions().Where(question => !question.Optional && !visible.ContainsKey(question.Id)).Select(question => question.Id).ToList();
        dropped.Sort(StringComparer.Ordinal);
        return new ProfileUpgrade
        {
            Profile = draft with { QuestionSetVersion = to.Version, Answers = visible },
            Dropped = dropped,
            ToAnswer = toAnswer,
        };
    }
}
