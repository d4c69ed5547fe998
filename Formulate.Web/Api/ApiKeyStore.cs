using Formulate.Data;
using Formulate.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Api;

public sealed class ApiKeyStore(
    IDbContextFactory<FormulateDbContext> contextFactory,
    TimeProvider timeProvider,
    IOptions<FormulateApiOptions> options)
{
    public const string ProvisionedName = "Provisioned from configuration";

    private readonly Lazy<byte[]?> _provisionedHash = new(() =>
        string.IsNullOrEmpty(options.Value.ProvisionedKey) ? null : ApiKeyHashing.Hash(options.Value.ProvisionedKey));

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var keys = await context.ApiKeys.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. keys.OrderByDescending(k => k.CreatedAt)];
    }

    public async Task<CreatedApiKey> CreateAsync(string name, string createdBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var key = ApiKeyHashing.NewKey();
        var record = new ApiKey
        {
            Name = name.Trim(),
            KeyHash = ApiKeyHashing.HashText(key),
            Prefix = ApiKeyHashing.PrefixOf(key),
            CreatedAt = timeProvider.GetUtcNow(),
            CreatedBy = createdBy,
        };
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        context.ApiKeys.Add(record);
        context.AuditAs(createdBy, "API key created");
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new CreatedApiKey(record, key);
    }

    /// <returns>The revoked key, or null when there is no such key or it was already revoked.</returns>
    public async Task<ApiKey?> RevokeAsync(Guid id, string? revokedBy = null, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var key = await context.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken).ConfigureAwait(false);
        if (key is null || key.RevokedAt is not null)
        {
            return null;
        }

        key.RevokedAt = timeProvider.GetUtcNow();
        context.AuditAs(revokedBy ?? FormulateDbContext.SystemUser, "API key revoked");
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return key;
    }

    /// <returns>The caller, or null when the key is not one Formulate issued or it has been revoked.</returns>
    public async Task<ApiClient?> AuthenticateAsync(string presentedKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(presentedKey);
        if (_provisionedHash.Value is { } provisioned
            && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(ApiKeyHashing.Hash(presentedKey), provisioned))
        {
            return new ApiClient(ProvisionedName, ApiKeyHashing.PrefixOf(presentedKey));
        }

        var prefix = ApiKeyHashing.PrefixOf(presentedKey);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var stored = await context.ApiKeys.AsNoTracking()
            .SingleOrDefaultAsync(k => k.Prefix == prefix, cancellationToken)
            .ConfigureAwait(false);
        if (stored is null || stored.RevokedAt is not null || !ApiKeyHashing.Matches(presentedKey, stored.KeyHash))
        {
            return null;
        }

        return new ApiClient(stored.Name, stored.Prefix);
    }
}
