namespace Formulate.Web.Security;

/// <summary>
/// How long a user name is locked after failed sign-ins in a row: each run of <c>MaxFailedAttempts</c> failures locks it,
/// first for <c>LockoutMinutes</c>, then twice as long each time, up to <c>MaxLockoutMinutes</c>. A lock always lifts by
/// itself, so that nobody can lock someone out for good by typing their user name; the same rule applies to every user
/// name, whether or not an account has it, so that a lock says nothing of which names exist.
/// </summary>
public static class LockoutPolicy
{
    /// <summary>Doubling more often than this would pass any cap the options allow.</summary>
    private const int MaxDoublings = 16;

    /// <summary>Until when the user name is locked after its <paramref name="failures"/>th failure in a row, or null when this failure does not lock it.</summary>
    public static DateTimeOffset? LockedUntil(int failures, DateTimeOffset now, FormulateSignInOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (failures <= 0 || failures % settings.MaxFailedAttempts != 0)
        {
            return null;
        }

        var doublings = Math.Min(failures / settings.MaxFailedAttempts - 1, MaxDoublings);
        var minutes = Math.Min((long)settings.LockoutMinutes << doublings, settings.MaxLockoutMinutes);
        return now.AddMinutes(minutes);
    }
}
