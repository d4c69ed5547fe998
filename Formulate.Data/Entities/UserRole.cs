namespace Formulate.Data.Entities;

public sealed class UserRole
{
    public Guid UserAccountId { get; init; }

    public Role Role { get; init; }
}
