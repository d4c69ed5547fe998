using Formulate.Data.Entities;
using Formulate.Data.Estimates;
using Formulate.Data.SignOff;
using Formulate.Web.Security;

namespace Formulate.Web.SignOff;

/// <summary>
/// Sign-off as a manager sees it: the queue holds their own teams' submissions only, and a
/// submission from any other team can be neither opened nor decided, whatever link is used.
/// </summary>
public sealed class TeamSignOff(SignOffStore store, EstimateSnapshotStore estimates, CurrentUser user)
{
    public const string OtherTeamMessage = "You can only decide on budgets for your own team.";

    public async Task<IReadOnlyList<SubmissionRecord>> ListAwaitingDecisionAsync(CancellationToken cancellationToken = default)
    {
        var teams = CaseAccess.TeamsOf(await user.PrincipalAsync());
        return [.. (await store.ListAwaitingDecisionAsync(cancellationToken)).Where(r => teams.Contains(r.Submission.Team))];
    }

    /// <summary>A page of the queue, from the manager's own teams only whatever the filter names.</summary>
    public async Task<SignOffQueuePage> QueryAwaitingDecisionAsync(
        QueueFilter filter, SignOffQueueSort sortBy, bool descending, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var teams = CaseAccess.TeamsOf(await user.PrincipalAsync());
        return await store.QueryAwaitingDecisionAsync(filter.ToQuery([.. teams], sortBy, descending, page, pageSize), cancellationToken);
    }

    /// <summary>The teams and age bands of the manager's own queue, for its filters.</summary>
    public async Task<SignOffQueueOptions> ListQueueOptionsAsync(CancellationToken cancellationToken = default) =>
        await store.ListQueueOptionsAsync([.. CaseAccess.TeamsOf(await user.PrincipalAsync())], cancellationToken);

    /// <summary>The submission, or null when there is none or it belongs to another team (see <see cref="IsOtherTeamsAsync"/>).</summary>
    public async Task<SubmissionRecord?> FindAsync(Guid submissionId, CancellationToken cancellationToken = default)
    {
        var record = await store.FindAsync(submissionId, cancellationToken);
        return record is not null && await MayDecideAsync(record) ? record : null;
    }

    public async Task<bool> IsOtherTeamsAsync(Guid submissionId, CancellationToken cancellationToken = default) =>
        await store.FindAsync(submissionId, cancellationToken) is { } record && !await MayDecideAsync(record);

    /// <summary>The estimate the submission was made with, for a submission the manager may open; otherwise null.</summary>
    public async Task<EstimateSnapshot?> FindSubmittedEstimateAsync(Guid submissionId, CancellationToken cancellationToken = default) =>
        await FindAsync(submissionId, cancellationToken) is { } record
            ? await estimates.FindAsync(record.Submission.EstimateSnapshotId, cancellationToken)
            : null;

    public async Task<SignOffResult> DecideAsync(
        Guid submissionId, DecisionOutcome outcome, string? comments, bool aboveLimitConfirmed = false, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(submissionId, cancellationToken) is null)
        {
            return SignOffResult.Refused(new SignOffError(null, OtherTeamMessage));
        }

        return await store.DecideAsync(submissionId, outcome, comments, await user.NameAsync(), aboveLimitConfirmed, cancellationToken);
    }

    private async Task<bool> MayDecideAsync(SubmissionRecord record) =>
        CaseAccess.ForTeam(await user.PrincipalAsync(), record.Submission.Team) == CaseAccessDecision.Allowed;
}
