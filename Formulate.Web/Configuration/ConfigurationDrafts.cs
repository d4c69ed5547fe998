using Formulate.Data.Entities;
using Formulate.Data.Parameters;
using Formulate.Data.Time;
using Formulate.Engine.Parameters;
using Formulate.Web.Reproducibility;

namespace Formulate.Web.Configuration;

/// <summary>
/// Edits go into the open draft of a kind. The first edit starts the draft from the latest
/// published version, with the next version number; nothing is used by estimates until published.
/// </summary>
public sealed class ConfigurationDrafts(ParameterVersionStore store, EngineRegistry engines, TimeProvider time)
{
    public DateOnly Today => UkTime.Today(time);

    /// <summary>The draft if there is one, otherwise the latest published version (not yet saved as a draft).</summary>
    public async Task<DraftEdit> CurrentAsync(ParameterSetKind kind, CancellationToken cancellationToken = default)
    {
        var published = await LatestPublishedAsync(kind, cancellationToken);
        var draft = await store.FindDraftAsync(kind, cancellationToken);
        return draft is null
            ? new DraftEdit(null, published, published)
            : new DraftEdit(draft, ParameterVersionStore.Read(draft), published);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the draft (starting one if needed) and saves it; nothing is saved on any problem.
    /// A change worked out from values the officer saw, such as an uplift by a percentage, passes the draft as
    /// <paramref name="shown"/>, so that it is refused rather than applied to a draft that has changed since.
    /// </summary>
    public async Task<ParameterVersionResult> EditAsync(
        ParameterSetKind kind, Func<ParameterSet, ParameterSet> change, string userName, string? note = null, ShownDraft? shown = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var current = await CurrentAsync(kind, cancellationToken);
        var start = current.Stored is null ? current.Set with { Version = await NewVersionAsync(kind, current.Set, cancellationToken) } : current.Set;
        var changed = change(start);
        var keptNote = note ?? current.Stored?.Note;
        return shown is { } seen
            ? await store.ReplaceDraftAsync(changed, keptNote, userName, seen, cancellationToken)
            : await store.SaveDraftAsync(changed, keptNote, userName, current.Stored?.Version ?? ParameterVersionStore.NoDraft, cancellationToken);
    }

    /// <summary>
    /// Replaces the draft with a whole set, e.g. one imported from another system, if the draft is still the one <paramref name="shown"/>
    /// to the officer; otherwise nothing changes.
    /// </summary>
    public Task<ParameterVersionResult> ReplaceAsync(
        ParameterSet set, string userName, string? note, ShownDraft shown, CancellationToken cancellationToken = default) =>
        store.ReplaceDraftAsync(set, note, userName, shown, cancellationToken);

    /// <summary>The published version with the latest effective date: the one a new draft builds on.</summary>
    public async Task<ParameterSet> LatestPublishedAsync(ParameterSetKind kind, CancellationToken cancellationToken = default)
    {
        var published = (await store.ListAsync(kind, cancellationToken)).FirstOrDefault(v => v.Status == ParameterVersionStatus.Published);
        return published is null ? engines.InForceOn(kind, Today) : ParameterVersionStore.Read(published);
    }

    private async Task<string> NewVersionAsync(ParameterSetKind kind, ParameterSet basis, CancellationToken cancellationToken)
    {
        var taken = (await store.ListAsync(kind, cancellationToken)).Where(v => v.SetId == basis.Id).Select(v => v.SetVersion).ToHashSet(StringComparer.Ordinal);
        var version = ParameterVersionStore.NextVersion(basis.Version);
        while (taken.Contains(version))
        {
            version = ParameterVersionStore.NextVersion(version);
        }

        return version;
    }
}
