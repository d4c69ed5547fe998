using Formulate.Data.Entities;
using Formulate.Data.SignOff;
using Formulate.Web.Components.Moj;

namespace Formulate.Web.Profiles;

/// <summary>
/// Why a submitted or approved Needs Profile cannot be changed, and since when, as its pages say it.
/// <see cref="Since"/> is null for a profile whose submission is not on record.
/// </summary>
public sealed record LockedProfileNotice(NeedsProfileStatus Status, DateTimeOffset? Since)
{
    public static bool IsLocked(NeedsProfileStatus status) => status is NeedsProfileStatus.Submitted or NeedsProfileStatus.Approved;

    /// <summary>The notice for a profile with this status and these submissions (oldest first), or null when it can be changed.</summary>
    public static LockedProfileNotice? For(NeedsProfileStatus status, IReadOnlyList<SubmissionRecord> submissions)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        if (!IsLocked(status))
        {
            return null;
        }

        var latest = submissions.Count > 0 ? submissions[^1] : null;
        var since = status == NeedsProfileStatus.Submitted
            ? latest?.Submission.SubmittedAt
            : latest?.Decisions.LastOrDefault(d => d.Outcome == DecisionOutcome.Approved)?.DecidedAt;
        return new LockedProfileNotice(status, since);
    }

    private string On => Since is { } at ? $" on {MojDate.Date(at)}" : "";

    /// <summary>
    /// What happened to the profile, that it cannot be changed, and what can be done instead. For an approved profile it
    /// ends "To record changes, " and the page adds the link to start a reassessment.
    /// </summary>
    public string Text => Status == NeedsProfileStatus.Submitted
        ? $"This Needs Profile was submitted for sign-off{On} and cannot be changed. If the manager returns it you can change it again."
        : $"This Needs Profile was approved{On} and cannot be changed. To record changes, ";
}
