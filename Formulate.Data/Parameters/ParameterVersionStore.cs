using Formulate.Data.Entities;
using Formulate.Data.Resilience;
using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;
using Formulate.Engine.Parameters;
using Formulate.Engine.Questions;
using Formulate.Engine.Text;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Data.Parameters;

/// <summary>
/// Drafts and published versions of the model parameters and the council configuration. Each kind
/// has at most one open draft; publishing fixes it with an effective date and is audited.
/// </summary>
public sealed class ParameterVersionStore(IDbContextFactory<FormulateDbContext> contextFactory, TimeProvider timeProvider)
{
    /// <summary>The date the shipped model and demo configuration take effect from when first published.</summary>
    public static readonly DateOnly ShippedEffectiveFrom = new(2025, 4, 1);

    /// <summary>
    /// An <c>expectedVersion</c> for an editor who saw no draft: saving is refused if someone has started one since,
    /// rather than replacing what they saved.
    /// </summary>
    public const int NoDraft = -1;

    private const string ChangedByOthers = "This draft was changed by someone else. Reload to see their changes.";

    private const string StartedMeanwhile =
        "Someone else saved a draft at the same moment, so nothing was saved and theirs is kept. Open the versions page to review it, then make your change to it.";

    /// <summary>The set a stored version holds; it was validated when saved.</summary>
    public static ParameterSet Read(ParameterSetVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return ParameterSetLoader.Load(version.Json, version.Kind).OrThrow($"Stored {version.Kind} version {version.Stamp}");
    }

    /// <summary>
    /// Saves <paramref name="set"/> as the open draft of its kind, replacing the draft's content if there is one.
    /// <paramref name="expectedVersion"/> is the draft's <see cref="IVersioned.Version"/> the editor started from, or
    /// <see cref="NoDraft"/> when the editor saw none; null replaces whatever draft there is.
    /// </summary>
    public Task<ParameterVersionResult> SaveDraftAsync(
        ParameterSet set, string? note, string userName, int? expectedVersion = null, CancellationToken cancellationToken = default) =>
        SaveDraftAsync(set, note, userName, draft => draft is not null && expectedVersion is { } expected && draft.Version != expected
            ? ParameterVersionResult.Refused(null, expected == NoDraft
                ? $"{draft.SetId}@{draft.SetVersion} was started by {draft.UpdatedBy ?? draft.CreatedBy} meanwhile, so nothing was saved and their draft is kept. Review it on the versions page."
                : ChangedByOthers)
            : null, cancellationToken);

    /// <summary>
    /// Makes <paramref name="set"/>, such as an imported file, the draft of its kind in place of the draft there is, but only while that
    /// draft is still the one <paramref name="shown"/> to the officer: a draft changed, discarded, published or started since is not replaced unseen.
    /// </summary>
    public Task<ParameterVersionResult> ReplaceDraftAsync(
        ParameterSet set, string? note, string userName, ShownDraft shown, CancellationToken cancellationToken = default) =>
        SaveDraftAsync(set, note, userName, draft => shown.Matches(draft) ? null : ParameterVersionResult.Refused(null, draft is null
            ? "The draft you saw was published or discarded meanwhile, so nothing was saved. Review the versions page, then try again."
            : shown.Id is null
                ? $"{draft.Stamp} was started by {draft.UpdatedBy ?? draft.CreatedBy} meanwhile, so nothing was saved and their draft is kept. Review it, then try again."
                : $"{draft.Stamp} was changed by {draft.UpdatedBy ?? draft.CreatedBy} meanwhile, so nothing was saved and their draft is kept. Review it, then try again."),
            cancellationToken);

    /// <param name="refusal">Why the draft there is now must not be replaced, or null to save.</param>
    private async Task<ParameterVersionResult> SaveDraftAsync(
        ParameterSet set, string? note, string userName, Func<ParameterSetVersion?, ParameterVersionResult?> refusal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        var problems = ParameterSetLoader.Validate(set, set.Kind).Problems.Concat(CouncilDetailsRules.Problems(set)).ToList();
        if (problems.Count > 0)
        {
            return ParameterVersionResult.Refused([.. problems.Select(p => new ParameterVersionError(p.Where, p.Message))]);
        }

        if (note?.Length > 2000)
        {
            return ParameterVersionResult.Refused("note", "The note must be 2,000 characters or fewer.");
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var draft = await context.ParameterSetVersions
            .SingleOrDefaultAsync(v => v.Kind == set.Kind && v.Status == ParameterVersionStatus.Draft, cancellationToken).ConfigureAwait(false);
        if (refusal(draft) is { } refused)
        {
            return refused;
        }

        var clash = await context.ParameterSetVersions.AsNoTracking()
            .AnyAsync(v => v.Kind == set.Kind && v.SetId == set.Id && v.SetVersion == set.Version && v.Status == ParameterVersionStatus.Published, cancellationToken)
            .ConfigureAwait(false);
        if (clash)
        {
            return ParameterVersionResult.Refused("version",
                $"Version {set.Version} of {set.Id} is already published and cannot change; give the draft a new version, such as {NextVersion(set.Version)}.");
        }

        var json = ParameterSetWriter.ToJson(set);
        var now = timeProvider.GetUtcNow();
        if (draft is null)
        {
            draft = new ParameterSetVersion
            {
                Kind = set.Kind,
                SetId = set.Id,
                SetVersion = set.Version,
                Status = ParameterVersionStatus.Draft,
                Json = json,
                Note = Blank(note),
                CreatedAt = now,
                CreatedBy = userName,
            };
            context.ParameterSetVersions.Add(draft);
        }
        else
        {
            draft.SetId = set.Id;
            draft.SetVersion = set.Version;
            draft.Json = json;
            draft.Note = Blank(note);
            draft.UpdatedAt = now;
            draft.UpdatedBy = userName;
        }

        context.AuditAs(userName, $"{ParameterSetKindNames.Title(set.Kind)} draft saved");
        return await SaveAsync(context, draft, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Makes a draft a permanent version, used for estimates assessed on or after <paramref name="effectiveFrom"/>.</summary>
    public async Task<ParameterVersionResult> PublishAsync(
        Guid draftId, DateOnly effectiveFrom, string userName, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var draft = await context.ParameterSetVersions.SingleOrDefaultAsync(v => v.Id == draftId, cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            return ParameterVersionResult.Refused(null, "There is no such draft. It may have been discarded; reload the versions page.");
        }

        if (draft.Status == ParameterVersionStatus.Published)
        {
            return ParameterVersionResult.Refused(null, $"Version {draft.Stamp} is already published.");
        }

        if (expectedVersion is { } expected && draft.Version != expected)
        {
            return ParameterVersionResult.Refused(null, ChangedByOthers);
        }

        var sameDate = await context.ParameterSetVersions.AsNoTracking()
            .Where(v => v.Kind == draft.Kind && v.Status == ParameterVersionStatus.Published && v.EffectiveFrom == effectiveFrom)
            .Select(v => v.SetId + "@" + v.SetVersion)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (sameDate is not null)
        {
            return ParameterVersionResult.Refused("effectiveFrom",
                string.Create(UkFormat.Culture, $"Version {sameDate} already takes effect on {UkFormat.Date(effectiveFrom)}; choose another date, so that one version is in force on each day."));
        }

        draft.Status = ParameterVersionStatus.Published;
        draft.EffectiveFrom = effectiveFrom;
        draft.PublishedAt = timeProvider.GetUtcNow();
        draft.PublishedBy = userName;
        context.AuditAs(userName, $"{ParameterSetKindNames.Title(draft.Kind)} version published");
        return await SaveAsync(context, draft, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Deletes a draft; published versions are kept for ever. <paramref name="expectedVersion"/>, when given, is the
    /// draft's version the officer saw: a draft changed since is kept.
    /// </summary>
    public async Task<ParameterVersionResult> DiscardDraftAsync(
        Guid draftId, string userName, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var draft = await context.ParameterSetVersions.SingleOrDefaultAsync(v => v.Id == draftId, cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            return ParameterVersionResult.Refused(null, "There is no such draft. It may have been discarded already.");
        }

        if (draft.Status == ParameterVersionStatus.Published)
        {
            return ParameterVersionResult.Refused(null, $"Version {draft.Stamp} is published and is kept for ever; it cannot be discarded.");
        }

        if (expectedVersion is { } expected && draft.Version != expected)
        {
            return ParameterVersionResult.Refused(null, ChangedByOthers);
        }

        context.ParameterSetVersions.Remove(draft);
        context.AuditAs(userName, $"{ParameterSetKindNames.Title(draft.Kind)} draft discarded");
        return await SaveAsync(context, draft, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every version of a kind: the draft first, then published versions, latest effective date first.</summary>
    public async Task<IReadOnlyList<ParameterSetVersion>> ListAsync(ParameterSetKind kind, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var versions = await context.ParameterSetVersions.AsNoTracking().Where(v => v.Kind == kind)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return
        [
            .. versions.OrderBy(v => v.Status == ParameterVersionStatus.Draft ? 0 : 1)
                .ThenByDescending(v => v.EffectiveFrom)
                .ThenByDescending(v => v.PublishedAt),
        ];
    }

    /// <summary>Every published version of both kinds, earliest published first, for the engines.</summary>
    public async Task<IReadOnlyList<ParameterSetVersion>> ListPublishedAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var versions = await context.ParameterSetVersions.AsNoTracking().Where(v => v.Status == ParameterVersionStatus.Published)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. versions.OrderBy(v => v.PublishedAt).ThenBy(v => v.Id)];
    }

    /// <summary>The ids of every published version: a cheap look, several times a minute, for versions published elsewhere.</summary>
    public async Task<IReadOnlyList<Guid>> ListPublishedIdsAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await context.ParameterSetVersions.AsNoTracking().Where(v => v.Status == ParameterVersionStatus.Published)
            .Select(v => v.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The published versions among <paramref name="ids"/>, earliest published first.</summary>
    public async Task<IReadOnlyList<ParameterSetVersion>> ListPublishedAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var versions = await context.ParameterSetVersions.AsNoTracking().Where(v => v.Status == ParameterVersionStatus.Published && ids.Contains(v.Id))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. versions.OrderBy(v => v.PublishedAt).ThenBy(v => v.Id)];
    }

    public async Task<ParameterSetVersion?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await context.ParameterSetVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == id, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ParameterSetVersion?> FindDraftAsync(ParameterSetKind kind, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await context.ParameterSetVersions.AsNoTracking()
            .SingleOrDefaultAsync(v => v.Kind == kind && v.Status == ParameterVersionStatus.Draft, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Publishes the first shipped model and demo configuration where a kind has no published version yet.</summary>
    public Task<int> PublishShippedAsync(CancellationToken cancellationToken = default) =>
        PublishShippedAsync(DefaultDefinitions.Definition, cancellationToken);

    /// <summary>Publishes <paramref name="shipped"/>'s model and demo configuration where a kind has no published version yet.</summary>
    public async Task<int> PublishShippedAsync(EngineDefinition shipped, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shipped);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var published = await context.ParameterSetVersions.AsNoTracking()
            .Where(v => v.Status == ParameterVersionStatus.Published)
            .Select(v => v.Kind).Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var now = timeProvider.GetUtcNow();
        var added = 0;
        foreach (var set in new[] { shipped.Model, shipped.Configuration }.Where(s => !published.Contains(s.Kind)))
        {
            context.ParameterSetVersions.Add(new ParameterSetVersion
            {
                Kind = set.Kind,
                SetId = set.Id,
                SetVersion = set.Version,
                Status = ParameterVersionStatus.Published,
                EffectiveFrom = ShippedEffectiveFrom,
                Json = ParameterSetWriter.ToJson(set),
                Note = "The values that ship with Formulate.",
                CreatedAt = now,
                CreatedBy = FormulateDbContext.SystemUser,
                PublishedAt = now,
                PublishedBy = FormulateDbContext.SystemUser,
            });
            added++;
        }

        if (added > 0)
        {
            context.AuditAs(FormulateDbContext.SystemUser, "Shipped parameters published");
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return added;
    }

    /// <summary>"2025.1" → "2025.2"; otherwise the version with ".1" added.</summary>
    public static string NextVersion(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var dot = version.LastIndexOf('.');
        return dot >= 0 && int.TryParse(version[(dot + 1)..], out var last)
            ? $"{version[..dot]}.{last + 1}"
            : version + ".1";
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static async Task<ParameterVersionResult> SaveAsync(FormulateDbContext context, ParameterSetVersion version, CancellationToken cancellationToken)
    {
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return ParameterVersionResult.Done(version);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ParameterVersionResult.Refused(null, ChangedByOthers);
        }
        catch (DbUpdateException exception) when (version.Status == ParameterVersionStatus.Draft && UniqueKeyViolation.IsCause(exception))
        {
            // Another draft of this kind, or a version with the same number, was saved between our read and our write.
            return ParameterVersionResult.Refused(null, StartedMeanwhile);
        }
    }
}
