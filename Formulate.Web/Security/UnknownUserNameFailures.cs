using System.Collections.Concurrent;

namespace Formulate.Web.Security;

/// <summary>
/// Failed sign-ins for user names that no account has, counted as an account counts its own, so that a made-up name is
/// locked after the same failures, for as long, as a real one. Kept in memory: the names are whatever anyone types, and
/// the oldest are let go once there are many.
/// </summary>
public sealed class UnknownUserNameFailures
{
    private const int MaxNames = 10_000;

    private static readonly TimeSpan ForgottenAfter = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<string, Failures> _byName = new(StringComparer.Ordinal);

    public DateTimeOffset? LockedUntil(string userName, DateTimeOffset now) =>
        _byName.TryGetValue(Key(userName), out var failures) && failures.LockedUntil > now ? failures.LockedUntil : null;

    /// <summary>Counts one more failure for the name; until when it is now locked, if this failure locks it.</summary>
    public DateTimeOffset? RecordFailure(string userName, DateTimeOffset now, FormulateSignInOptions settings)
    {
        if (_byName.Count >= MaxNames)
        {
            Forget(now);
        }

        var updated = _byName.AddOrUpdate(
            Key(userName),
            _ => Next(0, null, now, settings),
            (_, before) => Next(before.Count, before.LockedUntil, now, settings));
        return LockoutPolicy.LockedUntil(updated.Count, now, settings);
    }

    private static Failures Next(int count, DateTimeOffset? lockedUntil, DateTimeOffset now, FormulateSignInOptions settings) =>
        new(count + 1, LockoutPolicy.LockedUntil(count + 1, now, settings) ?? lockedUntil, now);

    private void Forget(DateTimeOffset now)
    {
        foreach (var (name, failures) in _byName)
        {
            var stale = now - failures.Last > ForgottenAfter;
            var unlocked = failures.LockedUntil is not { } until || until <= now;
            if (stale || (unlocked && _byName.Count >= MaxNames))
            {
                _byName.TryRemove(name, out _);
            }
        }
    }

    /// <summary>Accounts are unique whatever the case of their names, so failures are counted that way too.</summary>
    private static string Key(string userName) => userName.Trim().ToUpperInvariant();

    private sealed record Failures(int Count, DateTimeOffset? LockedUntil, DateTimeOffset Last);
}
