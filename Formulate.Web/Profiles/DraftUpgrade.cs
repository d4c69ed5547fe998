using Formulate.Engine.Profiles;
using Formulate.Engine.Questions;

namespace Formulate.Web.Profiles;

/// <summary>
/// What moving a profile to the question set in force on its assessment date would do, as the practitioner confirms it;
/// or, in <see cref="Refusal"/>, why it is not moved.
/// </summary>
public sealed record DraftUpgrade
{
    public required EngineProfile Profile { get; init; }

    /// <summary>The set the profile is answered on.</summary>
    public required QuestionSet From { get; init; }

    /// <summary>The set new profiles use on the profile's assessment date.</summary>
    public required QuestionSet To { get; init; }

    /// <summary>The answers kept, dropped and the questions to answer; null when the profile is not moved.</summary>
    public ProfileUpgrade? Upgrade { get; init; }

    /// <summary>Why the profile stays on its set, in words for the practitioner; null when it can move.</summary>
    public string? Refusal { get; init; }

    /// <summary>Kept answers, in the order the new set asks them.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Kept =>
        Upgrade is null ? [] : [.. Upgrade.Profile.Answers.OrderBy(answer => To.PositionOf(answer.Key))];

    /// <summary>Dropped answers with the answer that was given, in the order the old set asked them.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Dropped =>
        Upgrade is null ? [] : [.. Upgrade.Dropped.Select(id => KeyValuePair.Create(id, Profile.Answers[id])).OrderBy(answer => From.PositionOf(answer.Key))];
}
