using Formulate.Data.Entities;

namespace Formulate.Web.Accounts;

/// <summary>How each role reads on screen, and which roles only see their own team's people.</summary>
public static class RoleNames
{
    public static IReadOnlyList<Role> All { get; } = Enum.GetValues<Role>();

    public static string Of(Role role) => role switch
    {
        Role.Practitioner => "Practitioner",
        Role.TeamManager => "Team manager",
        Role.ConfigurationManager => "Configuration manager",
        Role.Auditor => "Auditor",
        _ => role.ToString(),
    };

    public static string Hint(Role role) => role switch
    {
        Role.Practitioner => "Completes Needs Profiles for their team's people",
        Role.TeamManager => "Agrees budgets for their team's people, and may carry cases",
        Role.ConfigurationManager => "Sets rates and policy, API keys and user accounts",
        Role.Auditor => "Reads the audit log",
        _ => "",
    };

    public static bool NeedsTeam(Role role) => role is Role.Practitioner or Role.TeamManager;
}
