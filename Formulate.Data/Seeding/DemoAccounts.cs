using Formulate.Data.Entities;

namespace Formulate.Data.Seeding;

/// <summary>
/// The demonstration accounts, one per role (two team managers, for second approvals), and their published password, so that the web app
/// can print them at start-up when demo data is on.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "Formulate-demo-2026!";

    public const string NorthTeam = "North Locality Team";

    public const string SouthTeam = "South Locality Team";

    public static IReadOnlyList<DemoCredential> All { get; } =
    [
        new("demo.practitioner", "Demo Practitioner", Role.Practitioner, NorthTeam, Password),
        new("demo.manager", "Demo Team Manager", Role.TeamManager, NorthTeam, Password),
        // A second manager, so that budgets above the approval limit can be agreed in a demonstration.
        new("demo.senior", "Demo Senior Manager", Role.TeamManager, NorthTeam, Password),
        new("demo.config", "Demo Configuration Manager", Role.ConfigurationManager, null, Password),
        new("demo.auditor", "Demo Auditor", Role.Auditor, null, Password),
        new("demo.support", "Demo Business Support", Role.BusinessSupport, NorthTeam, Password),
        new("demo.analyst", "Demo Analyst", Role.Analyst, null, Password),
    ];
}
