using Formulate.Data.Entities;
using Microsoft.AspNetCore.Authorization;

namespace Formulate.Web.Security;

/// <summary>The named authorization policies; pages use them as <c>[Authorize(Policy = Policies.Practitioner)]</c>.</summary>
public static class Policies
{
    /// <summary>Completes Needs Profiles: practitioners, and team managers who also carry cases.</summary>
    public const string Practitioner = "Practitioner";

    public const string Manager = "Manager";

    public const string Configuration = "Configuration";

    public const string Auditor = "Auditor";

    /// <summary>Prints letters for their teams' people: practitioners, team managers and business support.</summary>
    public const string Letters = "Letters";

    /// <summary>
    /// Matches self-assessments asked for without an invitation to people and gives them to practitioners: team managers
    /// and business support, who see who asked but never the answers.
    /// </summary>
    public const string SelfAssessmentRequests = "SelfAssessmentRequests";

    /// <summary>Runs accuracy tests and benchmarking: analysts, and the configuration managers who own the rates.</summary>
    public const string Analysis = "Analysis";

    /// <summary>Another system calling the HTTP API with an API key; never a signed-in person.</summary>
    public const string ApiClient = "ApiClient";

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Practitioner, policy => policy.RequireRole(nameof(Role.Practitioner), nameof(Role.TeamManager)));
        options.AddPolicy(Manager, policy => policy.RequireRole(nameof(Role.TeamManager)));
        options.AddPolicy(Configuration, policy => policy.RequireRole(nameof(Role.ConfigurationManager)));
        options.AddPolicy(Auditor, policy => policy.RequireRole(nameof(Role.Auditor)));
        options.AddPolicy(Letters, policy => policy.RequireRole(nameof(Role.Practitioner), nameof(Role.TeamManager), nameof(Role.BusinessSupport)));
        options.AddPolicy(SelfAssessmentRequests, policy => policy.RequireRole(nameof(Role.TeamManager), nameof(Role.BusinessSupport)));
        options.AddPolicy(Analysis, policy => policy.RequireRole(nameof(Role.Analyst), nameof(Role.ConfigurationManager)));
        options.AddPolicy(ApiClient, policy => policy
            .AddAuthenticationSchemes(Api.ApiKeyDefaults.Scheme)
            .RequireAuthenticatedUser());

        // Every page and endpoint needs a signed-in person (or, under /api, a valid API key) unless it says otherwise.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
