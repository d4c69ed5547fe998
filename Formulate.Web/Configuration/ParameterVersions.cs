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

    public async Task LoadPublishedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var version in await store.ListPublishedAsync(cancellationToken).ConfigureAwait(false))
        {
            engines.Publish(ParameterVersionStore.Read(version), version.EffectiveFrom!.Value);
        }
    }

    /// <summary>Publishes a draft and registers it, so estimates assessed on or after its effective date use it.</summary>
    public async Task<ParameterVersionResult> PublishAsync(
        Guid draftId, DateOnly effectiveFrom, string userName, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var result = await store.PublishAsync(draftId, effectiveFrom, userName, expectedVersion, cancellationToken).ConfigureAwait(false);
        if (result.Version is { Status: ParameterVersionStatus.Published } published)
        {
            engines.Publish(ParameterVersionStore.Read(published), effectiveFrom);
        }

        return result;
    }

    /// <summary>The published version of a kind in force on a date, or null if the registry holds none from the store.</summary>
    public ParameterSet InForceOn(ParameterSetKind kind, DateOnly date) => engines.InForceOn(kind, date);
}
