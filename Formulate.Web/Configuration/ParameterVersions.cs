using System.Collections.Concurrent;
using Formulate.Data.Entities;
using Formulate.Data.Parameters;
using Formulate.Engine.Parameters;
using Formulate.Web.Reproducibility;

namespace Formulate.Web.Configuration;

/// <summary>
/// Keeps the engines in step with the stored versions: every published version is registered at
/// start-up, and a version published here is used for new estimates at once.
/// </summary>
public sealed class ParameterVersions(ParameterVersionStore store, EngineRegistry engines)
{
    public ParameterVersionStore Store => store;

    // Published versions never change, so each is read and registered once, however often the list is read again.
    private readonly ConcurrentDictionary<Guid, byte> _registered = new();

    /// <summary>
    /// Registers every published version not yet registered; returns how many. Only the ids are read until one is new,
    /// so that instances can look for versions published elsewhere every few seconds.
    /// </summary>
    public async Task<int> LoadPublishedAsync(CancellationToken cancellationToken = default)
    {
        var unknown = (await store.ListPublishedIdsAsync(cancellationToken).ConfigureAwait(false))
            .Where(id => !_registered.ContainsKey(id)).ToList();
        if (unknown.Count == 0)
        {
            return 0;
        }

        var registered = 0;
        foreach (var version in await store.ListPublishedAsync(unknown, cancellationToken).ConfigureAwait(false))
        {
            if (!_registered.ContainsKey(version.Id))
            {
                engines.Publish(ParameterVersionStore.Read(version), version.EffectiveFrom!.Value);
                _registered.TryAdd(version.Id, 0);
                registered++;
            }
        }

        return registered;
    }

    /// <summary>Publishes a draft and registers it, so estimates assessed on or after its effective date use it.</summary>
    public async Task<ParameterVersionResult> PublishAsync(
        Guid draftId, DateOnly effectiveFrom, string userName, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var result = await store.PublishAsync(draftId, effectiveFrom, userName, expectedVersion, cancellationToken).ConfigureAwait(false);
        if (result.Version is { Status: ParameterVersionStatus.Published } published)
        {
            engines.Publish(ParameterVersionStore.Read(published), effectiveFrom);
            _registered.TryAdd(published.Id, 0);
        }

        return result;
    }

    /// <summary>The published version of a kind in force on a date, or null if the registry holds none from the store.</summary>
    public ParameterSet InForceOn(ParameterSetKind kind, DateOnly date) => engines.InForceOn(kind, date);
}
