using System.Text.Json.Nodes;
using Formulate.Data.Audit;
using Formulate.Data.Entities;
using Formulate.Data.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Formulate.Data.SelfAssessments;

/// <summary>
/// Self-assessments from invitation to review. Nothing here changes a Needs Profile except <see cref="ReviewAsync"/>,
/// which a practitioner calls to accept or change the person's answers.
/// </summary>
public sealed class SelfAssessmentStore(
    IDbContextFactory<FormulateDbContext> contextFactory, TimeProvider timeProvider, IOptions<SelfAssessmentOptions> options)
{
    public const string SentAction = "Self-assessment sent with an indicative figure";

    /// <summary>Who the audit log names for answers sent: the person or their helper, who has no account.</summary>
    public const string SentBy = "self-assessment";

    private const string InvitationPurpose = "invitation";

    private SelfAssessmentOptions Settings => options.Value;

    public const string InvitationCreatedAction = "Self-assessment invitation created";

    public const string RequestMatchedAction = "Self-assessment request matched to a person and assigned";

    public const string RequestMatchedToNewPersonAction = "Self-assessment request added as a new person and assigned";

    /// <summary>Who created a self-assessment asked for online: the person or their helper, not a member of staff.</summary>
    public const string RequestedOnline = "self-assessment request";

    public Task<SelfAssessmentInvitation> InviteAsync(
        Guid personId, string questionSetVersion, string invitedBy, CancellationToken cancellationToken = default) =>
        InviteAsync(personId, questionSetVersion, invitedBy, SelfAssessmentCodes.NewInvitationCode(), InvitationSentBy.Practitioner, cancellationToken);

    /// <summary>
    /// Creates an invitation whose link holds <paramref name="code"/> (made with <see cref="SelfAssessmentCodes.NewInvitationCode"/>),
    /// audited with who created it, for whom and how it was sent; never the code.
    /// </summary>
    public async Task<SelfAssessmentInvitation> InviteAsync(
        Guid personId, string questionSetVersion, string invitedBy, string code, InvitationSentBy sentBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(invitedBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        var now = timeProvider.GetUtcNow();
        var selfAssessment = new SelfAssessment
        {
            Reference = SelfAssessmentCodes.NewReference(),
            PersonId = personId,
            QuestionSetVersion = questionSetVersion,
            InvitationCodeHash = SelfAssessmentCodes.Hash(InvitationPurpose, code),
            InvitationExpiresAt = now.AddDays(Settings.InvitationDays),
            InvitationSentBy = sentBy,
            CreatedAt = now,
            CreatedBy = invitedBy,
            UpdatedAt = now,
        };
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        context.SelfAssessments.Add(selfAssessment);
        context.AuditAs(invitedBy, InvitationCreatedAction);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new SelfAssessmentInvitation(selfAssessment, code);
    }

    /// <summary>
    /// Starts a self-assessment someone asked for without an invitation, with the person's details and how they will be
    /// answered, open at once; no invitation link exists for it, and staff match it to a person once it is sent.
    /// </summary>
    public async Task<SelfAssessment> RequestAsync(SelfAssessmentRequest request, string questionSetVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.FullName);
        if (request.How.ContactEmail is null && request.How.ContactMobile is null)
        {
            throw new ArgumentException("An e-mail address or a mobile number is needed to send a code to come back.", nameof(request));
        }

        var now = timeProvider.GetUtcNow();
        var selfAssessment = new SelfAssessment
        {
            Reference = SelfAssessmentCodes.NewReference(),
            Status = SelfAssessmentStatus.InProgress,
            QuestionSetVersion = questionSetVersion,
            // A code nobody is ever given: no invitation link opens a request.
            InvitationCodeHash = SelfAssessmentCodes.Hash(InvitationPurpose, SelfAssessmentCodes.NewInvitationCode()),
            InvitationExpiresAt = now,
            RequestName = request.FullName,
            RequestDateOfBirth = request.DateOfBirth,
            RequestPostcode = request.Postcode,
            Voice = request.How.Voice,
            HelperRelationship = request.How.HelperRelationship,
            HelperName = request.How.HelperName,
            ContactEmail = request.How.ContactEmail,
            ContactMobile = request.How.ContactMobile,
            CreatedAt = now,
            CreatedBy = RequestedOnline,
            UpdatedAt = now,
        };
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        context.SelfAssessments.Add(selfAssessment);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return selfAssessment;
    }

    /// <summary>Sent requests not yet matched to a person, oldest first.</summary>
    public async Task<IReadOnlyList<SelfAssessment>> ListUnmatchedRequestsAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await context.SelfAssessments.AsNoTracking()
            .Where(s => s.Status == SelfAssessmentStatus.Submitted && s.PersonId == null)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.OrderBy(s => s.SubmittedAt)];
    }

    /// <summary>A sent request not yet matched to a person; null for anything else.</summary>
    public async Task<SelfAssessment?> FindUnmatchedRequestAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await context.SelfAssessments.AsNoTracking()
            .SingleOrDefaultAsync(s => s.Id == id && s.Status == SelfAssessmentStatus.Submitted && s.PersonId == null, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// Matches a sent request to a person (an existing one, or <paramref name="newPerson"/> added in the same save) and
    /// gives it to a practitioner, audited with who did it and for whom; false when it was matched meanwhile or is gone.
    /// </summary>
    public async Task<bool> MatchRequestAsync(
        Guid id, Guid personId, Person? newPerson, string assignedTo, string matchedBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assignedTo);
        ArgumentException.ThrowIfNullOrWhiteSpace(matchedBy);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var request = await context.SelfAssessments
            .SingleOrDefaultAsync(s => s.Id == id && s.Status == SelfAssessmentStatus.Submitted && s.PersonId == null, cancellationToken)
            .ConfigureAwait(false);
        if (request is null)
        {
            return false;
        }

        if (newPerson is not null)
        {
            context.People.Add(newPerson);
        }
        else if (!await context.People.AnyAsync(p => p.Id == personId, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var now = timeProvider.GetUtcNow();
        var action = newPerson is null ? RequestMatchedAction : RequestMatchedToNewPersonAction;
        request.PersonId = personId;
        request.AssignedTo = assignedTo;
        request.UpdatedAt = now;
        // A self-assessment's own changes are not audited (the person's saves are not staff actions), so this staff
        // action is written out: which request, which person, given to whom. Never its answers.
        context.AuditEntries.Add(new AuditEntry
        {
            OccurredAt = now,
            UserName = matchedBy,
            Action = action,
            EntityType = AuditedRecords.Label(typeof(SelfAssessment)),
            EntityId = request.Id.ToString(),
            PersonId = personId,
            AfterJson = new JsonObject
            {
                ["Self-assessment"] = new JsonObject
                {
                    [nameof(SelfAssessment.Reference)] = request.Reference,
                    [nameof(SelfAssessment.PersonId)] = personId.ToString(),
                    [nameof(SelfAssessment.AssignedTo)] = assignedTo,
                },
            }.ToJsonString(),
        });
        context.AuditAs(matchedBy, action);
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else matched it first.
            return false;
        }

        return true;
    }

    public async Task<InvitationCheck> CheckInvitationAsync(string? code, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var found = await FindInvitationAsync(context, code, cancellationToken).ConfigureAwait(false);
        return Check(found);
    }

    /// <summary>Uses the invitation <paramref name="code"/> once: the first to start with it gets the self-assessment, anyone later is refused.</summary>
    public async Task<(InvitationCheck Check, Guid? SelfAssessmentId)> StartAsync(
        string? code, StartedSelfAssessment how, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(how);
        if (how.ContactEmail is null && how.ContactMobile is null)
        {
            throw new ArgumentException("An e-mail address or a mobile number is needed to send a code to come back.", nameof(how));
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var found = await FindInvitationAsync(context, code, cancellationToken).ConfigureAwait(false);
        var check = Check(found);
        if (check != InvitationCheck.Valid)
        {
            return (check, null);
        }

        found!.Status = SelfAssessmentStatus.InProgress;
        found.Voice = how.Voice;
        found.HelperRelationship = how.HelperRelationship;
        found.HelperName = how.HelperName;
        found.ContactEmail = how.ContactEmail;
        found.ContactMobile = how.ContactMobile;
        found.UpdatedAt = timeProvider.GetUtcNow();
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Two tabs with the same link: the other one started it first.
            return (InvitationCheck.AlreadyUsed, null);
        }

        return (InvitationCheck.Valid, found.Id);
    }

    /// <summary>Records whether the person expects to arrange and pay for their own care; false when it can no longer be changed.</summary>
    public async Task<bool> SaveArrangesOwnCareAsync(Guid id, string answer, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(answer);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var selfAssessment = await context.SelfAssessments.SingleOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
        if (selfAssessment?.Status != SelfAssessmentStatus.InProgress)
        {
            return false;
        }

        selfAssessment.ArrangesOwnCare = answer;
        selfAssessment.UpdatedAt = timeProvider.GetUtcNow();
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<SelfAssessment?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await context.SelfAssessments.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Records the person's answers (a null code removes one) while the self-assessment is in progress; false when it
    /// has been sent or deleted meanwhile.
    /// </summary>
    public async Task<bool> SaveAnswersAsync(Guid id, IReadOnlyDictionary<string, string?> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var selfAssessment = await context.SelfAssessments.SingleOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
        if (selfAssessment?.Status != SelfAssessmentStatus.InProgress)
        {
            return false;
        }

        var answers = JsonNode.Parse(selfAssessment.PersonAnswersJson)?.AsObject() ?? [];
        foreach (var (questionId, code) in changes)
        {
            if (code is null)
            {
                answers.Remove(questionId);
            }
            else
            {
                answers[questionId] = code;
            }
        }

        selfAssessment.PersonAnswersJson = answers.ToJsonString();
        selfAssessment.UpdatedAt = timeProvider.GetUtcNow();
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public Task<bool> SubmitAsync(Guid id, CancellationToken cancellationToken = default) => SubmitAsync(id, null, cancellationToken);

    /// <summary>
    /// Sends the answers, keeping the indicative figure the person is shown (if any) with the versions that worked it out,
    /// and, where a figure was shown, recording it in the audit log; false when the self-assessment was sent or deleted meanwhile.
    /// </summary>
    public async Task<bool> SubmitAsync(Guid id, IndicativeFigureShown? shown, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var selfAssessment = await context.SelfAssessments.SingleOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
        if (selfAssessment?.Status != SelfAssessmentStatus.InProgress)
        {
            return false;
        }

        var now = timeProvider.GetUtcNow();
        selfAssessment.Status = SelfAssessmentStatus.Submitted;
        selfAssessment.SubmittedAt = now;
        selfAssessment.UpdatedAt = now;
        selfAssessment.ReturnCodeHash = null;
        selfAssessment.IndicativeWeekly = shown?.Weekly;
        selfAssessment.IndicativeModelVersion = shown?.ModelVersion;
        selfAssessment.IndicativeConfigurationVersion = shown?.ConfigurationVersion;
        if (shown is not null)
        {
            // The person's own saves are not audited; a figure the council showed them is, with what worked it out.
            context.AuditEntries.Add(SentEntry(selfAssessment, now));
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// The audit entry for answers sent with a figure: what is needed to work the figure out again, and nothing personal
    /// (the answers themselves are kept protected with the self-assessment).
    /// </summary>
    private static AuditEntry SentEntry(SelfAssessment sent, DateTimeOffset now) => new()
    {
        OccurredAt = now,
        UserName = SentBy,
        Action = SentAction,
        EntityType = "Self-assessment",
        EntityId = sent.Id.ToString(),
        PersonId = sent.PersonId,
        AfterJson = new JsonObject
        {
            ["Self-assessment"] = new JsonObject
            {
                [nameof(SelfAssessment.Reference)] = sent.Reference,
                [nameof(SelfAssessment.QuestionSetVersion)] = sent.QuestionSetVersion,
                [nameof(SelfAssessment.ArrangesOwnCare)] = sent.ArrangesOwnCare,
                [nameof(SelfAssessment.IndicativeWeekly)] = sent.IndicativeWeekly,
                [nameof(SelfAssessment.IndicativeModelVersion)] = sent.IndicativeModelVersion,
                [nameof(SelfAssessment.IndicativeConfigurationVersion)] = sent.IndicativeConfigurationVersion,
            },
        }.ToJsonString(),
    };

    /// <summary>
    /// A new code to come back with, replacing any earlier one; null when the reference is unknown or the
    /// self-assessment cannot be changed any more. The caller says the same either way.
    /// </summary>
    public async Task<ReturnCodeIssued?> IssueReturnCodeAsync(string? reference, CancellationToken cancellationToken = default)
    {
        var normalised = SelfAssessmentCodes.NormaliseReference(reference);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var selfAssessment = await context.SelfAssessments
            .SingleOrDefaultAsync(s => s.Reference == normalised, cancellationToken).ConfigureAwait(false);
        if (selfAssessment is not { Status: SelfAssessmentStatus.InProgress } || (selfAssessment.ContactEmail is null && selfAssessment.ContactMobile is null))
        {
            return null;
        }

        var code = SelfAssessmentCodes.NewReturnCode();
        selfAssessment.ReturnCodeHash = SelfAssessmentCodes.Hash(selfAssessment.Reference, code);
        selfAssessment.ReturnCodeExpiresAt = timeProvider.GetUtcNow().AddMinutes(Settings.ReturnCodeMinutes);
        selfAssessment.FailedAttempts = 0;
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new ReturnCodeIssued(selfAssessment.Reference, selfAssessment.ContactEmail, selfAssessment.ContactMobile, code);
    }

    /// <summary>
    /// Checks a code sent to come back. A wrong code counts against the reference whether or not it exists, and the
    /// answer never says which; after too many, or once it has expired, a new code must be sent.
    /// </summary>
    public async Task<ReturnCodeResult> CheckReturnCodeAsync(string? reference, string? code, CancellationToken cancellationToken = default)
    {
        var normalised = SelfAssessmentCodes.NormaliseReference(reference);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var selfAssessment = await context.SelfAssessments
            .SingleOrDefaultAsync(s => s.Reference == normalised, cancellationToken).ConfigureAwait(false);
        if (selfAssessment is not { Status: SelfAssessmentStatus.InProgress, ReturnCodeHash: { } hash })
        {
            return new ReturnCodeResult(ReturnCodeCheck.Wrong, null, Settings.MaxCodeAttempts);
        }

        if (selfAssessment.FailedAttempts >= Settings.MaxCodeAttempts)
        {
            return new ReturnCodeResult(ReturnCodeCheck.TooManyAttempts, null, 0);
        }

        if (selfAssessment.ReturnCodeExpiresAt <= timeProvider.GetUtcNow())
        {
            return new ReturnCodeResult(ReturnCodeCheck.Expired, null, 0);
        }

        if (SelfAssessmentCodes.Hash(selfAssessment.Reference, code ?? "") != hash)
        {
            selfAssessment.FailedAttempts++;
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            var left = Settings.MaxCodeAttempts - selfAssessment.FailedAttempts;
            return left > 0 ? new ReturnCodeResult(ReturnCodeCheck.Wrong, null, left) : new ReturnCodeResult(ReturnCodeCheck.TooManyAttempts, null, 0);
        }

        // A code works once.
        selfAssessment.ReturnCodeHash = null;
        selfAssessment.FailedAttempts = 0;
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new ReturnCodeResult(ReturnCodeCheck.Accepted, selfAssessment.Id, 0);
    }

    /// <summary>Submitted self-assessments of the given people, oldest first, with how many answers have been reviewed.</summary>
    public async Task<IReadOnlyList<(SelfAssessment SelfAssessment, int Reviewed)>> ListSubmittedAsync(
        IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await context.SelfAssessments.AsNoTracking()
            .Where(s => s.Status == SelfAssessmentStatus.Submitted && s.PersonId != null && personIds.Contains(s.PersonId.Value))
            .Select(s => new { SelfAssessment = s, Reviewed = context.SelfAssessmentReviews.Count(r => r.SelfAssessmentId == s.Id) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.OrderBy(r => r.SelfAssessment.SubmittedAt).Select(r => (r.SelfAssessment, r.Reviewed))];
    }

    public async Task<IReadOnlyList<SelfAssessmentReview>> ReviewsOfAsync(Guid selfAssessmentId, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var reviews = await context.SelfAssessmentReviews.AsNoTracking()
            .Where(r => r.SelfAssessmentId == selfAssessmentId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. reviews.OrderBy(r => r.ReviewedAt).ThenBy(r => r.Id)];
    }

    /// <summary>
    /// The self-assessment answers checked into each of <paramref name="profileIds"/>, one entry a self-assessment and
    /// profile, with who gave them; none for a profile no self-assessment was used in, or once it has been deleted.
    /// </summary>
    public async Task<IReadOnlyList<SelfAssessmentAnswersUsed>> AnswersUsedInAsync(
        IReadOnlyCollection<Guid> profileIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profileIds);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var reviews = await context.SelfAssessmentReviews.AsNoTracking()
            .Where(r => profileIds.Contains(r.ProfileId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var selfAssessmentIds = reviews.Select(r => r.SelfAssessmentId).Distinct().ToList();
        var helpers = await context.SelfAssessments.AsNoTracking()
            .Where(s => selfAssessmentIds.Contains(s.Id))
            .Select(s => new { s.Id, s.HelperRelationship })
            .ToDictionaryAsync(s => s.Id, s => s.HelperRelationship, cancellationToken).ConfigureAwait(false);
        return
        [
            .. reviews.GroupBy(r => (r.ProfileId, r.SelfAssessmentId))
                .Select(group => new SelfAssessmentAnswersUsed(
                    group.Key.ProfileId, group.Key.SelfAssessmentId, helpers.GetValueOrDefault(group.Key.SelfAssessmentId),
                    [.. group.OrderBy(r => r.ReviewedAt).ThenBy(r => r.Id)]))
                .OrderBy(used => used.Reviews[0].ReviewedAt),
        ];
    }

    /// <summary>
    /// A practitioner's decisions on the person's answers, written into the Needs Profile on the version they saw, with
    /// both answers kept side by side; <paramref name="removed"/> are profile answers whose question the new answers stop
    /// asking. Answers already reviewed, or not given by the person, are refused.
    /// </summary>
    public async Task<SaveAnswerResult> ReviewAsync(
        Guid selfAssessmentId, Guid profileId, int expectedProfileVersion, IReadOnlyList<ReviewedAnswer> decisions,
        IReadOnlyCollection<string> removed, string reviewedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(removed);
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewedBy);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var selfAssessment = await context.SelfAssessments.AsNoTracking()
            .SingleOrDefaultAsync(s => s.Id == selfAssessmentId, cancellationToken).ConfigureAwait(false);
        var profile = await context.NeedsProfiles.SingleOrDefaultAsync(p => p.Id == profileId, cancellationToken).ConfigureAwait(false);
        if (selfAssessment?.Status != SelfAssessmentStatus.Submitted || profile is null || profile.PersonId != selfAssessment.PersonId)
        {
            return SaveAnswerResult.NotFound();
        }

        if (profile.Version != expectedProfileVersion)
        {
            return SaveAnswerResult.Conflict(profile.Version);
        }

        if (profile.Status is NeedsProfileStatus.Submitted or NeedsProfileStatus.Approved)
        {
            return SaveAnswerResult.NotEditable(profile.Version);
        }

        var given = JsonNode.Parse(selfAssessment.PersonAnswersJson)!.AsObject();
        var reviewed = await context.SelfAssessmentReviews.Where(r => r.SelfAssessmentId == selfAssessmentId)
            .Select(r => r.QuestionId).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (decisions.Any(d => !given.ContainsKey(d.QuestionId) || reviewed.Contains(d.QuestionId)))
        {
            throw new InvalidOperationException("Only the person's own answers can be reviewed, each once.");
        }

        var now = timeProvider.GetUtcNow();
        var answers = JsonNode.Parse(profile.AnswersJson)?.AsObject() ?? [];
        foreach (var decision in decisions)
        {
            answers[decision.QuestionId] = decision.PractitionerAnswer;
            context.SelfAssessmentReviews.Add(new SelfAssessmentReview
            {
                SelfAssessmentId = selfAssessmentId,
                ProfileId = profileId,
                QuestionId = decision.QuestionId,
                PersonAnswer = given[decision.QuestionId]!.GetValue<string>(),
                PractitionerAnswer = decision.PractitionerAnswer,
                ReviewedBy = reviewedBy,
                ReviewedAt = now,
            });
        }

        foreach (var questionId in removed)
        {
            answers.Remove(questionId);
        }

        profile.AnswersJson = answers.ToJsonString();
        profile.CarriedForwardJson = CarriedForwardAnswers.ToJson(CarriedForwardAnswers.Of(profile).Except(decisions.Select(d => d.QuestionId)).Except(removed));
        profile.UpdatedAt = now;
        profile.UpdatedBy = reviewedBy;
        context.AuditAs(reviewedBy, "Self-assessment answers reviewed into the Needs Profile");
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveAnswerResult.Conflict(expectedProfileVersion + 1);
        }

        return SaveAnswerResult.Saved(profile.Version);
    }

    /// <summary>
    /// Deletes unused invitations and unfinished self-assessments not changed for the draft retention period, and
    /// submitted ones older than the submitted retention period, with their reviews; returns how many went.
    /// </summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        var draftCutoff = now.AddDays(-Settings.DraftRetentionDays);
        var submittedCutoff = now.AddDays(-Settings.SubmittedRetentionDays);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var candidates = await context.SelfAssessments
            .Select(s => new { s.Id, s.Status, s.UpdatedAt, s.SubmittedAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var expired = candidates
            .Where(s => s.Status == SelfAssessmentStatus.Submitted ? s.SubmittedAt < submittedCutoff : s.UpdatedAt < draftCutoff)
            .Select(s => s.Id)
            .ToList();
        if (expired.Count == 0)
        {
            return 0;
        }

        context.SelfAssessmentReviews.RemoveRange(context.SelfAssessmentReviews.Where(r => expired.Contains(r.SelfAssessmentId)));
        context.SelfAssessments.RemoveRange(context.SelfAssessments.Where(s => expired.Contains(s.Id)));
        context.AuditAs(FormulateDbContext.SystemUser, "Self-assessments deleted after the retention period");
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return expired.Count;
    }

    private static async Task<SelfAssessment?> FindInvitationAsync(FormulateDbContext context, string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var hash = SelfAssessmentCodes.Hash(InvitationPurpose, code);
        return await context.SelfAssessments.SingleOrDefaultAsync(s => s.InvitationCodeHash == hash, cancellationToken).ConfigureAwait(false);
    }

    private InvitationCheck Check(SelfAssessment? found) =>
        found is null ? InvitationCheck.Unknown
        : found.Status != SelfAssessmentStatus.Invited ? InvitationCheck.AlreadyUsed
        : found.InvitationExpiresAt <= timeProvider.GetUtcNow() ? InvitationCheck.Expired
        : InvitationCheck.Valid;
}
