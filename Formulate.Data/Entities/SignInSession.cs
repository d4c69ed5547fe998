namespace Formulate.Data.Entities;

/// <summary>
/// One sign-in, from the moment its cookie was issued until it ended. The cookie names its session, and a cookie whose
/// session has ended is refused: a copy of the cookie taken before sign-out ends with it, rather than lasting until the
/// cookie itself runs out.
/// </summary>
public sealed class SignInSession
{
    public const int UserNameLength = 256;

    /// <summary>
    /// Sessions are let go this long after they began: by then every one has passed the longest limit on one sign-in
    /// (a week), so its cookie is refused whatever the table says. The audit log keeps the sign-ins themselves.
    /// </summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(30);

    /// <summary>Random, so that one session's id says nothing of another's.</summary>
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>The Formulate account signed in; none for someone signed in through the council's provider, or once the account is removed.</summary>
    public Guid? UserAccountId { get; init; }

    public UserAccount? Account { get; init; }

    public required string UserName { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? EndedAt { get; private set; }

    public SessionEnd? EndReason { get; private set; }

    public bool HasEnded => EndedAt is not null;

    /// <summary>Ends the session at <paramref name="at"/>; one already ended keeps its first reason.</summary>
    public void End(SessionEnd why, DateTimeOffset at)
    {
        if (HasEnded)
        {
            return;
        }

        EndedAt = at;
        EndReason = why;
    }
}
