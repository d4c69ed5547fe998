using System.Text.Json.Nodes;
using Formulate.Data.Entities;
using Formulate.Data.Profiles;
using Formulate.Data.Time;
using Formulate.Engine.Quality;
using Formulate.Engine.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Formulate.Data.SignOff;

/// <summary>
/// Submitting a proposed budget for sign-off, and managers' decisions on it. Each change, its
/// effect on the profile's status and its audit entry are saved together.
/// </summary>
public sealed partial class SignOffStore(
    IDbContextFactory<FormulateDbContext> contextFactory, TimeProvider timeProvider, IOptions<SignOffOptions> options, ISignOffPolicy policy)
{
    public const string CommentsField = "Comments";

    public const string ReplyField = "Reply";

    /// <summary>A reply answers the manager's comments briefly; a longer case belongs in the profile and a new submission.</summary>
    public const int ReplyMaxLength = 1000;

    public const string CarriedForwardMessage =
        "Confirm or change every answer carried forward from the last agreed Needs Profile before submitting.";

    public const string ProfileChangedMessage =
        "The Needs Profile changed after this page was opened. Calculate the estimate from its current answers, then submit it.";

    public const string AlreadySubmittedMessage = "This Needs Profile has already been submitted for sign-off.";

    public const string ConfirmationField = "ConfirmAboveLimit";

    public SignOffOptions Options => options.Value;

    /// <summary>The approval limit and difference reasons in force now.</summary>
    public ISignOffPolicy Policy => policy;

    public async Task<SignOffResult> SubmitAsync(NewSubmission submission, string submittedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentException.ThrowIfNullOrWhiteSpace(submittedBy);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var profile = await context.NeedsProfiles.SingleOrDefaultAsync(p => p.Id == submission.NeedsProfileId, cancellationToken).ConfigureAwait(false);
        var snapshot = await context.EstimateSnapshots.AsNoTracking()
            .SingleOrDefaultAsync(s => s.Id == submission.EstimateSnapshotId && s.NeedsProfileId == submission.NeedsProfileId, cancellationToken)
            .ConfigureAwait(false);
        if (profile is null || snapshot is null)
        {
            return SignOffResult.Refused(new SignOffError(null, "There is no estimate to submit. Calculate the estimate first."));
        }

        if (profile.Status is NeedsProfileStatus.Submitted or NeedsProfileStatus.Approved)
        {
            return await SameSubmissionAsync(context, submission, submittedBy, cancellationToken).ConfigureAwait(false) is { } made
                ? SignOffResult.AlreadyDone(made)
                : SignOffResult.Refused(new SignOffError(null, AlreadySubmittedMessage));
        }

        if (submission.ProfileVersion is { } seen && seen != profile.Version)
        {
            return SignOffResult.Refused(new SignOffError(null, ProfileChangedMessage));
        }

        if (CarriedForwardAnswers.Of(profile).Count > 0)
        {
            return SignOffResult.Refused(new SignOffError(null, CarriedForwardMessage));
        }

        var stored = StoredResult.Parse(snapshot.ResultJson);
        var warnings = EstimateWarnings.Read(stored);
        IReadOnlyList<SignOffError> errors =
        [
            .. SubmissionValidator.Validate(submission, snapshot.WeeklyEstimate, policy.DifferenceReasons),
            .. SubmissionValidator.ValidateWarnings(warnings, submission.WarningReasons),
        ];
        if (errors.Count > 0)
        {
            return SignOffResult.Refused(errors);
        }

        var person = await context.People.AsNoTracking().SingleAsync(p => p.Id == profile.PersonId, cancellationToken).ConfigureAwait(false);
        var proposed = submission.ProposedWeekly!.Value;
        var differs = proposed != snapshot.WeeklyEstimate;
        var limit = EstimatePanelReferral.ApprovalLimit(policy.SecondApprovalAboveWeekly, EstimatePanelReferral.Read(stored));
        var saved = new BudgetSubmission
        {
            NeedsProfileId = profile.Id,
            PersonId = profile.PersonId,
            EstimateSnapshotId = snapshot.Id,
            Team = person.Team,
            AgeBand = (JsonNode.Parse(profile.AnswersJson)?["person.age_band"])?.GetValue<string>(),
            EstimatedWeekly = snapshot.WeeklyEstimate,
            ProposedWeekly = proposed,
            DifferenceReason = differs ? submission.DifferenceReason : null,
            DifferenceNote = differs ? submission.DifferenceNote!.Trim() : null,
            LetterReason = differs && !string.IsNullOrWhiteSpace(submission.LetterReason) ? submission.LetterReason.Trim() : null,
            NeedsSecondApproval = proposed > limit,
            SecondApprovalAboveWeekly = limit,
            WarningsRecorded = true,
            SubmittedAt = timeProvider.GetUtcNow(),
            SubmittedBy = submittedBy,
        };
        context.BudgetSubmissions.Add(saved);
        context.SubmissionWarnings.AddRange(warnings.Select((warning, position) => new SubmissionWarning
        {
            SubmissionId = saved.Id,
            Position = position,
            RuleId = warning.Code,
            Severity = warning.Severity,
            Text = warning.Message,
            PractitionerReason = submission.WarningReasons.GetValueOrDefault(position) is { } reason && !string.IsNullOrWhiteSpace(reason) ? reason.Trim() : null,
        }));
        profile.Status = NeedsProfileStatus.Submitted;
        profile.UpdatedAt = saved.SubmittedAt;
        profile.UpdatedBy = submittedBy;

        context.AuditAs(submittedBy, "Budget submitted");
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Submitted from a second tab, or its answers changed, between our read and our write. When the other
            // write was this same submission (a double click), it is the one they made.
            await using var fresh = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            return await SameSubmissionAsync(fresh, submission, submittedBy, cancellationToken).ConfigureAwait(false) is { } made
                ? SignOffResult.AlreadyDone(made)
                : SignOffResult.Refused(new SignOffError(null, ProfileChangedMessage));
        }

        return SignOffResult.Done(saved.Id);
    }

    /// <summary>
    /// Approves or returns a submission awaiting a decision. Nobody decides on their own
    /// submission, and a second approval must come from a different manager than the first. An approval needs a
    /// reason from the practitioner for each of the estimate's Important warnings (unless the submission was made before
    /// warnings were recorded), and, above the approval limit, <paramref name="aboveLimitConfirmed"/>: the manager has
    /// been told the amount is above the limit and confirmed it.
    /// </summary>
    public async Task<SignOffResult> DecideAsync(
        Guid submissionId, DecisionOutcome outcome, string? comments, string decidedBy, bool aboveLimitConfirmed = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(decidedBy);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var submission = await context.BudgetSubmissions.SingleOrDefaultAsync(s => s.Id == submissionId, cancellationToken).ConfigureAwait(false);
        if (submission is null || submission.Status is not (SubmissionStatus.AwaitingApproval or SubmissionStatus.AwaitingSecondApproval))
        {
            return SignOffResult.Refused(new SignOffError(null, "This submission is no longer waiting for a decision."));
        }

        if (string.Equals(submission.SubmittedBy, decidedBy, StringComparison.OrdinalIgnoreCase))
        {
            return SignOffResult.Refused(new SignOffError(null,
                "You cannot approve or return a budget you submitted. Another manager must decide on it."));
        }

        var decisions = await context.SubmissionDecisions.AsNoTracking().Where(d => d.SubmissionId == submissionId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var secondStage = submission.Status == SubmissionStatus.AwaitingSecondApproval;
        if (secondStage && decisions.Any(d => d.Outcome == DecisionOutcome.Approved && string.Equals(d.DecidedBy, decidedBy, StringComparison.OrdinalIgnoreCase)))
        {
            return SignOffResult.Refused(new SignOffError(null,
                "You gave the first approval. A different manager must give the second approval."));
        }

        comments = string.IsNullOrWhiteSpace(comments) ? null : comments.Trim();
        if (outcome == DecisionOutcome.Returned && comments is null)
        {
            return SignOffResult.Refused(new SignOffError(CommentsField, "Enter comments saying what the practitioner needs to change"));
        }

        if (comments?.Length > 2000)
        {
            return SignOffResult.Refused(new SignOffError(CommentsField, "Comments must be 2,000 characters or fewer"));
        }

        if (outcome == DecisionOutcome.Approved)
        {
            if (await UnexplainedWarningsAsync(context, submission, cancellationToken).ConfigureAwait(false) is { Count: > 0 } unexplained)
            {
                return SignOffResult.Refused([.. unexplained.Select(name => new SignOffError(null,
                    $"This budget cannot be approved: the practitioner gave no reason for going ahead despite the warning '{name}'. Return it to them to give one."))]);
            }

            if (submission.NeedsSecondApproval && !aboveLimitConfirmed)
            {
                return SignOffResult.Refused(new SignOffError(ConfirmationField,
                    "Confirm that you are approving a budget above the council's limit for one approval"));
            }
        }

        var now = timeProvider.GetUtcNow();
        context.SubmissionDecisions.Add(new SubmissionDecision
        {
            SubmissionId = submission.Id,
            Outcome = outcome,
            Stage = secondStage ? 2 : 1,
            DecidedBy = decidedBy,
            DecidedAt = now,
            Comments = comments,
        });

        var profile = await context.NeedsProfiles.SingleAsync(p => p.Id == submission.NeedsProfileId, cancellationToken).ConfigureAwait(false);
        string action;
        if (outcome == DecisionOutcome.Returned)
        {
            submission.Status = SubmissionStatus.Returned;
            profile.Status = NeedsProfileStatus.Returned;
            action = "Budget returned";
        }
        else if (submission.NeedsSecondApproval && !secondStage)
        {
            submission.Status = SubmissionStatus.AwaitingSecondApproval;
            action = "Budget approved, second approval needed";
        }
        else
        {
            var start = UkTime.DateOf(now);
            submission.Status = SubmissionStatus.Approved;
            submission.StartDate = start;
            submission.ReviewDate = start.AddMonths(Options.ReviewAfterMonths);
            profile.Status = NeedsProfileStatus.Approved;
            action = "Budget agreed";
        }

        profile.UpdatedAt = now;
        profile.UpdatedBy = decidedBy;
        context.AuditAs(decidedBy, action);
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SignOffResult.Refused(new SignOffError(null, "Someone else decided on this submission meanwhile. Reload to see their decision."));
        }

        return SignOffResult.Done(submission.Id);
    }

    /// <summary>
    /// Keeps the practitioner's reply beside a manager's return of one of the profile's submissions. There is one reply to a
    /// return: a second is refused, so that what the manager read is what stays.
    /// </summary>
    public async Task<SignOffResult> ReplyAsync(
        Guid profileId, Guid decisionId, string? reply, string repliedBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repliedBy);
        reply = string.IsNullOrWhiteSpace(reply) ? null : reply.Trim();
        if (reply is null)
        {
            return SignOffResult.Refused(new SignOffError(ReplyField, "Enter your reply to the manager's comments"));
        }

        if (reply.Length > ReplyMaxLength)
        {
            return SignOffResult.Refused(new SignOffError(ReplyField,
                string.Create(UkFormat.Culture, $"Your reply must be {ReplyMaxLength:N0} characters or fewer; it has {reply.Length:N0}")));
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var decision = await (
                from d in context.SubmissionDecisions
                join s in context.BudgetSubmissions on d.SubmissionId equals s.Id
                where d.Id == decisionId && s.NeedsProfileId == profileId && d.Outcome == DecisionOutcome.Returned
                select d)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (decision is null)
        {
            return SignOffResult.Refused(new SignOffError(null, "There are no returned comments to reply to. Reload the page to see the profile as it is now."));
        }

        if (decision.RepliedAt is not null)
        {
            return SignOffResult.Refused(new SignOffError(null, AlreadyRepliedMessage(decision)));
        }

        decision.Reply = reply;
        decision.RepliedBy = repliedBy;
        decision.RepliedAt = timeProvider.GetUtcNow();
        context.AuditAs(repliedBy, "Reply to a returned budget");
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Replied from a second tab between our read and our write: the first reply stands.
            return SignOffResult.Refused(new SignOffError(null, "Someone replied to these comments meanwhile. Reload the page to read their reply."));
        }

        return SignOffResult.Done(decision.SubmissionId);
    }

    private static string AlreadyRepliedMessage(SubmissionDecision decision) =>
        $"{decision.RepliedBy} has already replied to these comments. Reload the page to read the reply.";

    /// The profile's latest submission when it is this one made again: by the same person, of the same estimate, for the
    /// same amount and still standing (not returned). Anything else on a submitted profile is a different attempt.
    /// </summary>
    private static async Task<Guid?> SameSubmissionAsync(
        FormulateDbContext context, NewSubmission submission, string submittedBy, CancellationToken cancellationToken)
    {
        var submissions = await context.BudgetSubmissions.AsNoTracking().Where(s => s.NeedsProfileId == submission.NeedsProfileId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var latest = submissions.OrderBy(s => s.SubmittedAt).LastOrDefault();
        return latest is not null
            && latest.Status != SubmissionStatus.Returned
            && latest.EstimateSnapshotId == submission.EstimateSnapshotId
            && latest.ProposedWeekly == submission.ProposedWeekly
            && string.Equals(latest.SubmittedBy, submittedBy, StringComparison.OrdinalIgnoreCase)
            ? latest.Id
            : null;
    }

    public async Task<SubmissionRecord?> FindAsync(Guid submissionId, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var submission = await context.BudgetSubmissions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == submissionId, cancellationToken).ConfigureAwait(false);
        return submission is null ? null : (await RecordsAsync(context, [submission], cancellationToken).ConfigureAwait(false))[0];
    }

    /// <summary>Every submission waiting for a manager, oldest first.</summary>
    public async Task<IReadOnlyList<SubmissionRecord>> ListAwaitingDecisionAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var submissions = await context.BudgetSubmissions.AsNoTracking()
            .Where(s => s.Status == SubmissionStatus.AwaitingApproval || s.Status == SubmissionStatus.AwaitingSecondApproval)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return await RecordsAsync(context, submissions, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A profile's submissions, oldest first.</summary>
    public async Task<IReadOnlyList<SubmissionRecord>> ListForProfileAsync(Guid profileId, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var submissions = await context.BudgetSubmissions.AsNoTracking().Where(s => s.NeedsProfileId == profileId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return await RecordsAsync(context, submissions, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A person's submissions, oldest first.</summary>
    public async Task<IReadOnlyList<SubmissionRecord>> ListForPersonAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var submissions = await context.BudgetSubmissions.AsNoTracking().Where(s => s.PersonId == personId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return await RecordsAsync(context, submissions, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Everyone with an agreed budget: their latest one and its profile's answers, read in one query.</summary>
    public async Task<IReadOnlyList<AgreedProfile>> ListCurrentlyAgreedAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await (
                from submission in context.BudgetSubmissions.AsNoTracking()
                where submission.Status == SubmissionStatus.Approved
                join profile in context.NeedsProfiles.AsNoTracking() on submission.NeedsProfileId equals profile.Id
                join person in context.People.AsNoTracking() on submission.PersonId equals person.Id
                select new { submission.PersonId, person.CaseReference, person.GivenName, person.FamilyName, submission.ProposedWeekly, submission.StartDate, submission.SubmittedAt, profile.AssessmentDate, profile.AnswersJson })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return
        [
            .. rows.GroupBy(r => r.PersonId)
                .Select(g => g.OrderBy(r => r.StartDate).ThenBy(r => r.SubmittedAt).Last())
                .OrderBy(r => r.CaseReference, StringComparer.Ordinal)
                .Select(r => new AgreedProfile(r.PersonId, r.CaseReference, $"{r.GivenName} {r.FamilyName}", r.ProposedWeekly, r.AssessmentDate, r.AnswersJson)),
        ];
    }

    /// <summary>A person's agreed budgets, oldest first.</summary>
    public async Task<IReadOnlyList<BudgetSubmission>> ListAgreedForPersonAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var agreed = await context.BudgetSubmissions.AsNoTracking()
            .Where(s => s.PersonId == personId && s.Status == SubmissionStatus.Approved)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. agreed.OrderBy(s => s.StartDate).ThenBy(s => s.SubmittedAt)];
    }

    /// <summary>The names of the estimate's Important warnings that the submission holds no reason for; none before warnings were recorded.</summary>
    private static async Task<IReadOnlyList<string>> UnexplainedWarningsAsync(
        FormulateDbContext context, BudgetSubmission submission, CancellationToken cancellationToken)
    {
        if (!submission.WarningsRecorded)
        {
            return [];
        }

        var resultJson = await context.EstimateSnapshots.AsNoTracking().Where(s => s.Id == submission.EstimateSnapshotId).Select(s => s.ResultJson)
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        var recorded = await context.SubmissionWarnings.AsNoTracking().Where(w => w.SubmissionId == submission.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var important = EstimateWarnings.Read(resultJson).Select((warning, position) => (warning, position))
            .Where(w => w.warning.Severity == QaSeverity.Important);
        return
        [
            .. important
                .Where(w => !recorded.Any(r => r.Position == w.position && r.RuleId == w.warning.Code && !string.IsNullOrWhiteSpace(r.PractitionerReason)))
                .Select(w => SubmissionValidator.WarningName(w.warning.Code)),
        ];
    }

    private static async Task<IReadOnlyList<SubmissionRecord>> RecordsAsync(
        FormulateDbContext context, IReadOnlyList<BudgetSubmission> submissions, CancellationToken cancellationToken)
    {
        var ids = submissions.Select(s => s.Id).ToList();
        var personIds = submissions.Select(s => s.PersonId).Distinct().ToList();
        var decisions = await context.SubmissionDecisions.AsNoTracking().Where(d => ids.Contains(d.SubmissionId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var people = await context.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, cancellationToken).ConfigureAwait(false);
        var warnings = await context.SubmissionWarnings.AsNoTracking().Where(w => ids.Contains(w.SubmissionId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        // Ordered in memory: SQLite cannot order by DateTimeOffset columns.
        return [.. submissions.OrderBy(s => s.SubmittedAt).Select(s => new SubmissionRecord
        {
            Submission = s,
            Person = people[s.PersonId],
            Decisions = [.. decisions.Where(d => d.SubmissionId == s.Id).OrderBy(d => d.DecidedAt).ThenBy(d => d.Stage)],
            Warnings = [.. warnings.Where(w => w.SubmissionId == s.Id).OrderBy(w => w.Position)],
        })];
    }
}
