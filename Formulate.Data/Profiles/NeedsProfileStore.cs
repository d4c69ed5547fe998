using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using Formulate.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Data.Profiles;

public sealed class NeedsProfileStore(IDbContextFactory<FormulateDbContext> contextFactory, TimeProvider timeProvider)
{
    public Task<NeedsProfile> CreateAsync(
        Guid personId, DateOnly assessmentDate, string questionSetVersion, string createdBy, CancellationToken cancellationToken = default) =>
        CreateAsync(personId, assessmentDate, questionSetVersion, createdBy, carriedForward: null, cancellationToken);

    /// <summary>
    /// Starts a profile; a reassessment starts with <paramref name="carriedForward"/>, the answers of the person's last
    /// agreed profile still asked, each marked carried forward until it is confirmed or changed.
    /// </summary>
    public async Task<NeedsProfile> CreateAsync(
        Guid personId, DateOnly assessmentDate, string questionSetVersion, string createdBy,
        IReadOnlyDictionary<string, string>? carriedForward, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(questionSetVersion);
        ArgumentException.ThrowIfNullOrWhiteSpace(createdBy);

        var now = timeProvider.GetUtcNow();
        var profile = new NeedsProfile
        {
            PersonId = personId,
            AssessmentDate = assessmentDate,
            QuestionSetVersion = questionSetVersion,
            CreatedAt = now,
            CreatedBy = createdBy,
            UpdatedAt = now,
            UpdatedBy = createdBy,
        };
        var reassessing = carriedForward is { Count: > 0 };
        if (reassessing)
        {
            profile.AnswersJson = AnswersJson(carriedForward!);
            profile.CarriedForwardJson = CarriedForwardAnswers.ToJson(carriedForward!.Keys);
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        context.NeedsProfiles.Add(profile);
        context.AuditAs(createdBy, reassessing ? "Reassessment started from the agreed Needs Profile" : "Needs Profile started");
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return profile;
    }

    public async Task<NeedsProfile?> FindAsync(Guid profileId, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await context.NeedsProfiles.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == profileId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Records one answer (or removes it, when <paramref name="answerCode"/> is null) on the
    /// version of the profile the caller last saw. If anyone has saved the profile since, nothing
    /// is written and the result says so: answers are never silently overwritten.
    /// </summary>
    public Task<SaveAnswerResult> SaveAnswerAsync(
        Guid profileId, string questionId, string? answerCode, int expectedVersion, string changedBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(questionId);
        return SaveAnswersAsync(profileId, new Dictionary<string, string?> { [questionId] = answerCode }, expectedVersion, changedBy, cancellationToken);
    }

    /// <summary>
    /// Records several answers at once (a null code removes the answer), in one update of the
    /// version the caller last saw: an answer and the answers it makes irrelevant are kept or
    /// discarded together, never half.
    /// </summary>
    public async Task<SaveAnswerResult> SaveAnswersAsync(
        Guid profileId, IReadOnlyDictionary<string, string?> changes, int expectedVersion, string changedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentException.ThrowIfNullOrWhiteSpace(changedBy);
        if (changes.Count == 0 || changes.Keys.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Give at least one change, each with a question id.", nameof(changes));
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var profile = await context.NeedsProfiles
            .SingleOrDefaultAsync(p => p.Id == profileId, cancellationToken).ConfigureAwait(false);
        if (!IsChangeable(profile, expectedVersion, out var refused))
        {
            return refused;
        }

        var answers = JsonNode.Parse(profile.AnswersJson)?.AsObject() ?? [];
        foreach (var (questionId, answerCode) in changes)
        {
            if (answerCode is null)
            {
                answers.Remove(questionId);
            }
            else
            {
                answers[questionId] = answerCode;
            }
        }

        profile.AnswersJson = answers.ToJsonString();
        // A changed or removed answer is the practitioner's own now, no longer one carried forward.
        profile.CarriedForwardJson = CarriedForwardAnswers.ToJson(CarriedForwardAnswers.Of(profile).Except(changes.Keys));
        profile.UpdatedAt = timeProvider.GetUtcNow();
        profile.UpdatedBy = changedBy;
        context.AuditAs(changedBy, "Needs Profile answers changed");
        return await SaveOrReportConflictAsync(context, profile, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Confirms answers carried forward into a reassessment, on the version of the profile the caller last saw: they stay
    /// as they are and stop being marked carried forward. Ids that are not carried forward are ignored.
    /// </summary>
    public async Task<SaveAnswerResult> ConfirmCarriedForwardAsync(
        Guid profileId, IReadOnlyCollection<string> questionIds, int expectedVersion, string confirmedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(questionIds);
        ArgumentException.ThrowIfNullOrWhiteSpace(confirmedBy);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var profile = await context.NeedsProfiles.SingleOrDefaultAsync(p => p.Id == profileId, cancellationToken).ConfigureAwait(false);
        if (!IsChangeable(profile, expectedVersion, out var refused))
        {
            return refused;
        }

        var carried = CarriedForwardAnswers.Of(profile);
        if (!carried.Overlaps(questionIds))
        {
            return SaveAnswerResult.Saved(profile.Version);
        }

        profile.CarriedForwardJson = CarriedForwardAnswers.ToJson(carried.Except(questionIds));
        profile.UpdatedAt = timeProvider.GetUtcNow();
        profile.UpdatedBy = confirmedBy;
        context.AuditAs(confirmedBy, "Carried forward answers confirmed");
        return await SaveOrReportConflictAsync(context, profile, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Moves a profile not yet submitted from question set <paramref name="fromQuestionSet"/> to
    /// <paramref name="toQuestionSet"/> with <paramref name="answers"/>, the answers that still apply there, on the version
    /// of the profile the caller last saw. Answers not given are dropped; those still carried forward stay so. If anyone
    /// has saved the profile since, or it was submitted, nothing is written and the result says so.
    /// </summary>
    public async Task<SaveAnswerResult> MoveToQuestionSetAsync(
        Guid profileId, string fromQuestionSet, string toQuestionSet, IReadOnlyDictionary<string, string> answers, int expectedVersion, string movedBy,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fromQuestionSet);
        ArgumentException.ThrowIfNullOrWhiteSpace(toQuestionSet);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentException.ThrowIfNullOrWhiteSpace(movedBy);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var profile = await context.NeedsProfiles.SingleOrDefaultAsync(p => p.Id == profileId, cancellationToken).ConfigureAwait(false);
        if (!IsChangeable(profile, expectedVersion, out var refused))
        {
            return refused;
        }

        if (profile.QuestionSetVersion != fromQuestionSet)
        {
            // Seen on another set than it is on: what the caller worked out no longer describes it.
            return SaveAnswerResult.Conflict(profile.Version);
        }

        profile.QuestionSetVersion = toQuestionSet;
        profile.AnswersJson = AnswersJson(answers);
        profile.CarriedForwardJson = CarriedForwardAnswers.ToJson(CarriedForwardAnswers.Of(profile).Where(answers.ContainsKey));
        profile.UpdatedAt = timeProvider.GetUtcNow();
        profile.UpdatedBy = movedBy;
        context.AuditAs(movedBy, $"Needs Profile moved from question set {fromQuestionSet} to {toQuestionSet}");
        return await SaveOrReportConflictAsync(context, profile, cancellationToken).ConfigureAwait(false);
    }

    private static string AnswersJson(IEnumerable<KeyValuePair<string, string>> answers) =>
        new JsonObject(answers.Select(a => KeyValuePair.Create(a.Key, (JsonNode?)JsonValue.Create(a.Value)))).ToJsonString();

    /// <summary>Whether the profile can be changed from the version the caller saw; if not, <paramref name="refused"/> says why.</summary>
    private static bool IsChangeable(
        [NotNullWhen(true)] NeedsProfile? profile, int expectedVersion, [NotNullWhen(false)] out SaveAnswerResult? refused)
    {
        refused = profile is null ? SaveAnswerResult.NotFound()
            : profile.Version != expectedVersion ? SaveAnswerResult.Conflict(profile.Version)
            : profile.Status is NeedsProfileStatus.Submitted or NeedsProfileStatus.Approved ? SaveAnswerResult.NotEditable(profile.Version)
            : null;
        return refused is null;
    }

    private async Task<SaveAnswerResult> SaveOrReportConflictAsync(FormulateDbContext context, NeedsProfile profile, CancellationToken cancellationToken)
    {
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write; the version check in the UPDATE caught it.
            var current = await ReadVersionAsync(profile.Id, cancellationToken).ConfigureAwait(false);
            return current is null ? SaveAnswerResult.NotFound() : SaveAnswerResult.Conflict(current.Value);
        }

        return SaveAnswerResult.Saved(profile.Version);
    }

    private async Task<int?> ReadVersionAsync(Guid profileId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await context.NeedsProfiles.Where(p => p.Id == profileId)
            .Select(p => (int?)p.Version)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }
}
