using System.Security.Claims;
using Formulate.Data.Profiles;
using Formulate.Engine.Profiles;
using Formulate.Engine.Questions;
using Formulate.Web.Reproducibility;
using Formulate.Web.Security;

namespace Formulate.Web.Profiles;

/// <summary>
/// Moves a profile not yet submitted from the question set it was started on to the one in force on its assessment date
/// (after the council adopts a model with new questions), once the practitioner has seen what carries over. A submitted or
/// approved profile always stays on its own set, so that it reads and re-runs as it was.
/// </summary>
public sealed class DraftUpgrades(CaseAccess access, NeedsProfileStore store, EngineRegistry engines)
{
    public const string ChangedMeanwhileMessage =
        "Someone else changed this Needs Profile after you opened this page, so it was not moved to the new questions. "
        + "The lists below now show their changes. Check them, then move the profile again if that is still right.";

    public const string NotSentAsShownMessage =
        "The page was not sent as it was shown, so the Needs Profile was not moved. Check the lists below, then select Move to the new questions again.";

    /// <summary>What moving the profile would do, or why it stays as it is.</summary>
    public Task<CaseRead<DraftUpgrade>> PreviewAsync(ClaimsPrincipal user, Guid profileId, CancellationToken cancellationToken = default) =>
        CaseAccess.ReadIfAllowedAsync(access.ToProfileAsync(user, profileId, cancellationToken), async () =>
            await store.FindAsync(profileId, cancellationToken).ConfigureAwait(false) is { } stored ? Preview(EngineProfile.From(stored)) : null);

    /// <summary>
    /// Moves the profile as the practitioner saw it at <paramref name="shownVersion"/>. When it is not moved, the outcome
    /// holds the preview to show again, as the profile now is, and the message saying why.
    /// </summary>
    public async Task<CaseRead<DraftUpgradeOutcome>> MoveAsync(
        ClaimsPrincipal user, Guid profileId, string? shownVersion, CancellationToken cancellationToken = default)
    {
        var preview = await PreviewAsync(user, profileId, cancellationToken).ConfigureAwait(false);
        if (preview.Value is not { } current)
        {
            return CaseRead<DraftUpgradeOutcome>.Refused(preview.Decision);
        }

        if (current.Refusal is { } refusal)
        {
            return CaseRead<DraftUpgradeOutcome>.Allowed(new DraftUpgradeOutcome(current, refusal));
        }

        if (!int.TryParse(shownVersion, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version))
        {
            return CaseRead<DraftUpgradeOutcome>.Allowed(new DraftUpgradeOutcome(current, NotSentAsShownMessage));
        }

        var upgrade = current.Upgrade!;
        var result = await store.MoveToQuestionSetAsync(
            profileId, current.From.Version, current.To.Version, upgrade.Profile.Answers, version, UserNames.Of(user), cancellationToken).ConfigureAwait(false);
        if (result.IsSaved)
        {
            return CaseRead<DraftUpgradeOutcome>.Allowed(DraftUpgradeOutcome.Done);
        }

        // Read again so the practitioner confirms what the profile is now, not what it was.
        var now = await PreviewAsync(user, profileId, cancellationToken).ConfigureAwait(false);
        if (now.Value is not { } latest)
        {
            return CaseRead<DraftUpgradeOutcome>.Refused(now.Decision);
        }

        return CaseRead<DraftUpgradeOutcome>.Allowed(new DraftUpgradeOutcome(latest, latest.Refusal ?? (result.Outcome == SaveAnswerOutcome.Conflict
            ? ChangedMeanwhileMessage
            : result.Message ?? ChangedMeanwhileMessage)));
    }

    /// <summary>Whether the profile is answered on an older set than new profiles on its assessment date, and may still move.</summary>
    public bool Offered(EngineProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Refusal(profile, engines.QuestionSet(profile.QuestionSetVersion), engines.QuestionsInForceOn(profile.AssessmentDate)) is null;
    }

    private DraftUpgrade Preview(EngineProfile profile)
    {
        var to = engines.QuestionsInForceOn(profile.AssessmentDate);
        var known = engines.QuestionSet(profile.QuestionSetVersion);
        var from = known ?? to;
        var refusal = Refusal(profile, known, to);
        return new DraftUpgrade
        {
            Profile = profile,
            From = from,
            To = to,
            Upgrade = refusal is null ? ProfileUpgrade.Of(profile.ToEngine(), from, to) : null,
            Refusal = refusal,
        };
    }

    /// <summary>Why the profile cannot move from <paramref name="from"/> (null when this installation lacks its set) to <paramref name="to"/>, or null when it can.</summary>
    private static string? Refusal(EngineProfile profile, QuestionSet? from, QuestionSet to) =>
        from is null
            ? $"This Needs Profile was answered on question set {profile.QuestionSetVersion}, which this installation does not have, so it cannot be moved to new questions."
            : LockedProfileNotice.IsLocked(profile.Status)
            ? $"This Needs Profile was {(profile.Status == Data.Entities.NeedsProfileStatus.Approved ? "approved" : "submitted for sign-off")}, so it stays on the questions it was answered on (question set {profile.QuestionSetVersion}). Only a profile that has not been submitted can move to new questions."
            : from.Version == to.Version
                ? $"This Needs Profile already uses question set {to.Version}, the one used for assessments on its date. There is nothing to move."
                : null;
}
