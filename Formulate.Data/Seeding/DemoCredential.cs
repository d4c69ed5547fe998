using Formulate.Data.Entities;

namespace Formulate.Data.Seeding;

public sealed record DemoCredential(string UserName, string DisplayName, Role Role, string? Team, string Password);
