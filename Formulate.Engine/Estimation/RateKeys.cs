using Formulate.Engine.Caching;

namespace Formulate.Engine.Estimation;

/// <summary>
/// The configuration keys of a support type's rate: "rate.{type}", and "rate.{type}@{primary support reason}" where a
/// council may set a reason's own rate. Built once per type and reason rather than on every read, and the same instances
/// each time, so that parameter lookups recognise them by reference. Public so that analysis can name the rate a
/// package line is compared with.
/// </summary>
public static class RateKeys
{
    private const string Prefix = "rate.";

    private static readonly IdentityCache<(string General, string? Specific)> Known = new();

    public static (string General, string? Specific) Of(string supportType, string? primarySupportReason)
    {
        if (!Known.TryGet(supportType, primarySupportReason, 0, out var keys))
        {
            var general = Prefix + supportType;
            keys = (general, primarySupportReason is null ? null : $"{general}@{primarySupportReason}");
            Known.Add(supportType, primarySupportReason, 0, keys);
        }

        return keys;
    }

    /// <summary>The support type a general rate key prices ("rate.home_care" → "home_care"); null for a reason's own rate or any other key.</summary>
    public static string? SupportTypeOf(string key) =>
        key.StartsWith(Prefix, StringComparison.Ordinal) && !key.Contains('@', StringComparison.Ordinal) ? key[Prefix.Length..] : null;
}
