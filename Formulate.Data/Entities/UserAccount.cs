using System.Security.Cryptography;

namespace Formulate.Data.Entities;

public sealed class UserAccount : IVersioned
{
    public const int SecurityStampLength = 32;

    public const int ExternalIdLength = 512;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string UserName { get; set; }

    public required string DisplayName { get; set; }

    /// <summary>An ASP.NET Core Identity <c>PasswordHasher</c> hash; never the password.</summary>
    public string? PasswordHash { get; set; }

    /// <summary>
    /// A random value that changes whenever the password does. Each session carries the value it signed in with, and
    /// one whose value no longer matches is signed out: whoever knew the old password keeps no session.
    /// </summary>
    public string SecurityStamp { get; set; } = NewSecurityStamp();

    /// <summary>The password was given by an administrator, or at start-up: its owner must choose their own before anything else.</summary>
    public bool MustChangePassword { get; set; }

    public int FailedSignInCount { get; set; }

    public DateTimeOffset? LockoutEndsAt { get; set; }

    public bool IsActive { get; set; } = true;

    public string? Team { get; set; }

    /// <summary>
    /// Who the council's identity provider says this is, for an account made by signing in there: <c>entra|{tid}|{oid}</c>
    /// for Microsoft Entra ID, <c>oidc|{issuer}|{subject}</c> for any other provider. Null for a Formulate account, which
    /// signs in with a password; an account with one never does.
    /// </summary>
    public string? ExternalId { get; set; }

    public ICollection<UserRole> Roles { get; } = [];

    public int Version { get; set; }

    /// <summary>Ends every session begun before now, at each one's next request.</summary>
    public void RenewSecurityStamp() => SecurityStamp = NewSecurityStamp();

    private static string NewSecurityStamp() => RandomNumberGenerator.GetHexString(SecurityStampLength, lowercase: true);
}
