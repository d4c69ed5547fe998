using System.Text.Json.Serialization;
using Formulate.Engine.Questions.Conditions;

namespace Formulate.Engine.Questions;

/// <summary>One question of the Needs Profile, with its wording for the practitioner and for the person.</summary>
public sealed record Question
{
    public required string Id { get; init; }

    public required string Section { get; init; }

    /// <summary>Wording for the practitioner completing the formal profile.</summary>
    public required string Text { get; init; }

    /// <summary>Wording addressed to the person, for self-assessment.</summary>
    public required string CitizenText { get; init; }

    public string? Hint { get; init; }

    public required IReadOnlyList<AnswerOption> Answers { get; init; }

    /// <summary>Condition over earlier answers; the question is asked only when it holds. Null: always asked.</summary>
    public string? VisibleWhen { get; init; }

    /// <summary>
    /// Whether the question may be left unanswered where it is asked: added after profiles were stored against the set
    /// (such as the Checklist's follow-up questions), so a profile without it is still complete.
    /// </summary>
    public bool Optional { get; init; }

    /// <summary>
    /// Whether the answer is recorded for the care and support plan only: it feeds no estimate, quality-assurance rule
    /// or Checklist prediction, and the set says so rather than leaving a question that silently counts for nothing.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool RecordedForPlanOnly { get; init; }

    /// <summary>Labels such as "unpaid-support" that scenarios use to find questions by meaning.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    [JsonIgnore]
    public Condition? Visibility { get; init; }

    public bool Offers(string code) => IndexOf(code) >= 0;

    public string? LabelOf(string code) => IndexOf(code) is var index and >= 0 ? Answers[index].Label : null;

    /// <summary>The position of the answer <paramref name="code"/> among <see cref="Answers"/>, or -1 when it is not offered.</summary>
    // Indexed rather than foreach: validation calls this for every answer, and an interface enumerator allocates.
    internal int IndexOf(string code)
    {
        for (var i = 0; i < Answers.Count; i++)
        {
            if (Answers[i].Code == code)
            {
                return i;
            }
        }

        return -1;
    }
}
