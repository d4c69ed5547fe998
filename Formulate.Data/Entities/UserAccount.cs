namespace Formulate.Data.Entities;

public sealed class UserAccount : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string UserName { get; set; }

    public required string DisplayName { get; set; }

    /// <summary>An ASP.NET Core Identity <c>PasswordHasher</c> hash; never the password.</summary>
    public string? PasswordHash { get; set; }

    public int FailedSignInCount { get; set; }

    public DateTimeOffset? LockoutEndsAt { get; set; }

    public bool IsActive { get; set; } = true;

    public string? Team { get; set; }

    public ICollection<UserRole> Roles { get; } = [];

    public int Version { get; set; }
}
