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
        Role.BusinessSupport => "Business support",
        Role.Analyst => "Analyst",
        _ => role.ToString(),
    };

    public static string Hint(Role role) => role switch
    {
        Role.Practitioner => "Completes Needs Profiles for their team's people",
        Role.TeamManager => "Agrees budgets for their team's people, and may carry cases",
        Role.ConfigurationManager => "Sets rates and policy, API keys and user accounts",
        Role.Auditor => "Reads the audit log",
        Role.BusinessSupport => "Prints and sends letters for their team's people; cannot open Needs Profiles or change rates",
        Role.Analyst => "Runs accuracy tests and benchmarking; sees case references, never names or addresses",
        _ => "",
    };

    public static bool NeedsTeam(Role role) => role is Role.Practitioner or Role.TeamManager or Role.BusinessSupport;
}
