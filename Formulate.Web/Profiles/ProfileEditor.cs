using System.Security.Claims;
using Formulate.Data.Profiles;
using Formulate.Data.Resilience;
using Formulate.Engine.Profiles;
using Formulate.Engine.Questions;
using Formulate.Web.Security;

namespace Formulate.Web.Profiles;

/// <summary>
/// Saves answers one at a time as they are given, with the answers they make irrelevant discarded in
/// the same update. When someone else saved the profile meanwhile, it reloads their changes and
/// re-applies this answer unless they answered the same question: nothing saved is ever lost. It works as one user, and
/// loads or saves nothing of a profile whose person is not in that user's teams (<see cref="CaseAccess"/>).
/// </summary>
/// <param name="questionsOf">The question set a profile is answered on.</param>
public sealed class ProfileEditor(CaseAccess access, NeedsProfileStore store, Func<EngineProfile, QuestionSet> questionsOf, ClaimsPrincipal user) : IDisposable
{
    /// <summary>An editor for profiles all answered on <paramref name="questions"/>.</summary>
    public ProfileEditor(CaseAccess access, NeedsProfileStore store, QuestionSet questions, ClaimsPrincipal user)
        : this(access, store, _ => questions, user)
    {
    }

    private const int Attempts = 3;

    // Answers given in quick succession are saved one after another, never racing each other for the same version.
    private readonly SemaphoreSlim _saving = new(1, 1);

    /// <summary>GOV.UK's wording for a problem with the service, saying that what was saved before is safe.</summary>
    public const string UnavailableMessage =
        "Sorry, there is a problem with the service. Your answers up to this one are saved. Try choosing this answer again in a few minutes.";

    /// <summary>The same wording for a step that saves no new answer (continuing, calculating): everything already given is safe.</summary>
    public const string StepUnavailableMessage =
        "Sorry, there is a problem with the service. Your answers are saved. Try again in a few minutes.";

    public const string ReappliedNotice =
        "Someone else changed this profile while you were working on it. We loaded their changes and saved your answer as well.";

    public EngineProfile? Profile { get; private set; }

    /// <summary>Loads the profile for the user; <see cref="Profile"/> is null unless the decision is Allowed.</summary>
    public async Task<CaseAccessDecision> LoadAsync(Guid profileId, CancellationToken cancellationToken = default)
    {
        var read = await CaseAccess.ReadIfAllowedAsync(
            access.ToProfileAsync(user, profileId, cancellationToken), () => store.FindAsync(profileId, cancellationToken));
        Profile = read.Value is { } stored ? EngineProfile.From(stored) : null;
        return read.Decision;
    }

    /// <summary>
    /// Runs a step of the profile screens that reads or saves the profile (reloading before continuing,
    /// saving an estimate). When the database cannot be reached, the answers already loaded are kept
    /// and the message to show is returned; otherwise null.
    /// </summary>
    public static async Task<string?> UnavailableMessageOfAsync(Func<Task> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        try
        {
            await step();
            return null;
        }
        catch (Exception exception) when (DatabaseFailure.IsUnavailable(exception))
        {
            return StepUnavailableMessage;
        }
    }

    /// <summary>Reads the profile again; when the database cannot be reached, keeps the answers already loaded and returns the message to show.</summary>
    public Task<string?> ReloadAsync(Guid profileId, CancellationToken cancellationToken = default) =>
        UnavailableMessageOfAsync(() => LoadAsync(profileId, cancellationToken));

    /// <summary>Saves the user's answer, unless the person has since left the user's teams.</summary>
    public Task<AnswerOutcome> AnswerAsync(string questionId, string code, CancellationToken cancellationToken = default) =>
        AnswerAsync(new Dictionary<string, string>(StringComparer.Ordinal) { [questionId] = code }, cancellationToken);

    /// <summary>
    /// Saves answers given together in one update (the boxes of a question shown for several times of day), unless the
    /// person has since left the user's teams.
    /// </summary>
    public async Task<AnswerOutcome> AnswerAsync(IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answers);
        await _saving.WaitAsync(cancellationToken);
        try
        {
            var profile = Profile ?? throw new InvalidOperationException("Load the profile before answering.");
            return await access.ToProfileAsync(user, profile.Id, cancellationToken) == CaseAccessDecision.Allowed
                ? await SaveAsync(answers, UserNames.Of(user), cancellationToken)
                : new AnswerOutcome { Saved = false, Error = ProfileCases.OtherTeamMessage };
        }
        catch (Exception exception) when (DatabaseFailure.IsUnavailable(exception))
        {
            // Every earlier answer was saved by its own update; only this one is lost, and the practitioner is told.
            return new AnswerOutcome { Saved = false, Error = UnavailableMessage };
        }
        finally
        {
            _saving.Release();
        }
    }

    /// <summary>
    /// Confirms answers carried forward into a reassessment as they stand, unless the person has since left the user's
    /// teams. Someone else's save meanwhile is loaded first; an answer they changed is theirs and no longer carried forward.
    /// </summary>
    /// <returns>Null once confirmed, otherwise what to tell the practitioner.</returns>
    public async Task<string?> ConfirmAsync(IReadOnlyCollection<string> questionIds, CancellationToken cancellationToken = default)
    {
        await _saving.WaitAsync(cancellationToken);
        try
        {
            var profile = Profile ?? throw new InvalidOperationException("Load the profile before confirming answers.");
            if (await access.ToProfileAsync(user, profile.Id, cancellationToken) != CaseAccessDecision.Allowed)
            {
                return ProfileCases.OtherTeamMessage;
            }

            for (var attempt = 0; attempt < Attempts; attempt++)
            {
                var result = await store.ConfirmCarriedForwardAsync(profile.Id, questionIds, profile.Version, UserNames.Of(user), cancellationToken);
                if (result.IsSaved)
                {
                    Profile = profile with { Version = result.Version, CarriedForward = profile.CarriedForward.Except(questionIds).ToHashSet(StringComparer.Ordinal) };
                    return null;
                }

                if (result.Outcome != SaveAnswerOutcome.Conflict || await LoadAsync(profile.Id, cancellationToken) != CaseAccessDecision.Allowed || Profile is null)
                {
                    Profile ??= profile;
                    return result.Message;
                }

                profile = Profile;
            }

            return SaveAnswerResult.ConflictMessage;
        }
        catch (Exception exception) when (DatabaseFailure.IsUnavailable(exception))
        {
            return StepUnavailableMessage;
        }
        finally
        {
            _saving.Release();
        }
    }

    public void Dispose() => _saving.Dispose();

    private async Task<AnswerOutcome> SaveAsync(IReadOnlyDictionary<string, string> answers, string changedBy, CancellationToken cancellationToken)
    {
        var profile = Profile ?? throw new InvalidOperationException("Load the profile before answering.");
        var questions = questionsOf(profile);
        var asked = new List<Question>();
        foreach (var (questionId, code) in answers)
        {
            var question = questions.Find(questionId) ?? throw new ArgumentException($"'{questionId}' is not a question.", nameof(answers));
            if (!question.Offers(code))
            {
                throw new ArgumentException($"'{code}' is not an answer to '{questionId}'.", nameof(answers));
            }

            asked.Add(question);
        }

        var before = asked.ToDictionary(question => question.Id, question => profile.Answers.GetValueOrDefault(question.Id), StringComparer.Ordinal);
        string? notice = null;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var proposed = new Dictionary<string, string>(profile.Answers);
            var changes = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var (questionId, code) in answers)
            {
                proposed[questionId] = code;
                changes[questionId] = code;
            }

            var (kept, discarded) = new VisibleAnswers(questions, proposed).WithoutHidden();
            foreach (var id in discarded)
            {
                changes[id] = null;
            }

            var result = await store.SaveAnswersAsync(profile.Id, changes, profile.Version, changedBy, cancellationToken);
            if (result.IsSaved)
            {
                Profile = profile with
                {
                    Answers = kept, Version = result.Version, CarriedForward = profile.CarriedForward.Except(changes.Keys).ToHashSet(StringComparer.Ordinal),
                };
                return new AnswerOutcome { Saved = true, Discarded = discarded, ConflictNotice = notice };
            }

            if (result.Outcome != SaveAnswerOutcome.Conflict)
            {
                return new AnswerOutcome { Saved = false, Error = result.Message };
            }

            if (await LoadAsync(profile.Id, cancellationToken) != CaseAccessDecision.Allowed || Profile is not { } latest)
            {
                Profile = profile;
                return new AnswerOutcome { Saved = false, Error = SaveAnswerResult.NotFound().Message };
            }

            if (asked.FirstOrDefault(question => latest.Answers.GetValueOrDefault(question.Id) != before[question.Id]) is { } theirs)
            {
                // They answered this very question: theirs stands, and the practitioner is asked to check it.
                return new AnswerOutcome
                {
                    Saved = false,
                    ConflictNotice = $"Someone else answered '{theirs.Text}' at the same time. Their answer is shown: check it.",
                };
            }

            profile = latest;
            notice = ReappliedNotice;
        }

        return new AnswerOutcome { Saved = false, Error = SaveAnswerResult.ConflictMessage };
    }
}
