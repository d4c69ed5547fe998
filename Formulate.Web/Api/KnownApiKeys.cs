using System.Collections.Concurrent;

namespace Formulate.Web.Api;

/// <summary>
/// The fingerprints of keys that have passed the check since the app started. The rate limits give a known key its
/// own allowance and count every other request against its client address: otherwise each made-up key would be a new
/// caller with a full allowance, and each would be looked up in the database.
/// </summary>
/// <remarks>Only keys Formulate issued get in, so it holds at most one entry a key; a key that fails the check (revoked) leaves.</remarks>
public sealed class KnownApiKeys
{
    private readonly ConcurrentDictionary<string, byte> _fingerprints = new(StringComparer.Ordinal);

    public bool Contains(string fingerprint) => _fingerprints.ContainsKey(fingerprint);

    public void Accepted(string fingerprint) => _fingerprints.TryAdd(fingerprint, 0);

    public void Refused(string fingerprint) => _fingerprints.TryRemove(fingerprint, out _);
}
