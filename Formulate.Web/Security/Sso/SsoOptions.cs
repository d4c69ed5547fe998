using System.ComponentModel.DataAnnotations;

namespace Formulate.Web.Security.Sso;

/// <summary>
/// Signing in through the council's own identity provider. Microsoft Entra ID is set up in the <c>AzureAd</c> section,
/// read by Microsoft.Identity.Web; any other OpenID Provider by <see cref="Authority"/> here. Either way, this section
/// says what the button is called and how the provider's groups or app roles map to Formulate's roles and teams.
/// Client secrets and certificate passwords belong in the environment (<c>AzureAd__ClientSecret</c>,
/// <c>AzureAd__ClientCredentials__0__CertificatePassword</c>, <c>Formulate__Sso__ClientSecret</c>), never in a settings file.
/// </summary>
public sealed class SsoOptions : IValidatableObject
{
    public const string SectionName = "Formulate:Sso";

    /// <summary>Another OpenID Provider's issuer; its discovery is read from <c>/.well-known/openid-configuration</c> under it. Empty for Entra ID or no single sign-on.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The name on the sign-in button: "Sign in with {OrganisationName}".</summary>
    [MaxLength(100)]
    public string OrganisationName { get; set; } = "your organisation's account";

    /// <summary>The id_token claim listing the person's groups or app roles; by default <c>roles</c> (app roles) for Entra ID and <c>groups</c> otherwise.</summary>
    public string? GroupsClaimType { get; set; }

    [Required]
    public string UserNameClaimType { get; set; } = "preferred_username";

    [Required]
    public string DisplayNameClaimType { get; set; } = "name";

    /// <summary>A provider group or app role, and the Formulate role (<c>Practitioner</c>, <c>TeamManager</c>, ...) it gives.</summary>
    public Dictionary<string, string> RoleMappings { get; set; } = [];

    /// <summary>A provider group or app role, and the Formulate team it puts the person in.</summary>
    public Dictionary<string, string> TeamMappings { get; set; } = [];

    /// <summary>
    /// With Entra ID's multi-tenant authority (<c>AzureAd:TenantId</c> <c>organizations</c>), the tenants whose people may
    /// sign in: Microsoft.Identity.Web accepts a token from any tenant, and another tenant's administrator could give
    /// their own people Formulate's app roles.
    /// </summary>
    public List<string> AllowedTenantIds { get; set; } = [];

    /// <summary>Only for a provider on loopback in tests; a real provider is always reached over HTTPS.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Which provider is on, from both sections; set at start-up, not read from this section.</summary>
    public SsoProvider Provider { get; set; }

    /// <summary>Entra ID's tenant (<c>AzureAd:TenantId</c>), to tell a person from another tenant why they were refused.</summary>
    public string? EntraTenantId { get; set; }

    /// <summary>Why Entra ID's client secret or certificate (in the <c>AzureAd</c> section) cannot be used, or null; set at start-up.</summary>
    public string? EntraCredentialProblem { get; set; }

    public bool IsConfigured => Provider != SsoProvider.None;

    /// <summary>Entra ID's <c>organizations</c> or <c>common</c> authority, which lets in people of any tenant that Identity.Web's issuer check accepts.</summary>
    public bool IsMultiTenant => Provider == SsoProvider.Entra
        && (string.Equals(EntraTenantId, "organizations", StringComparison.OrdinalIgnoreCase) || string.Equals(EntraTenantId, "common", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a person of Entra ID tenant <paramref name="tenantId"/> may sign in; a single tenant is checked by Identity.Web.</summary>
    public bool AllowsTenant(string tenantId) =>
        !IsMultiTenant || AllowedTenantIds.Any(allowed => string.Equals(allowed, tenantId, StringComparison.OrdinalIgnoreCase));

    public string EffectiveGroupsClaimType =>
        string.IsNullOrWhiteSpace(GroupsClaimType) ? (Provider == SsoProvider.Entra ? "roles" : "groups") : GroupsClaimType;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == SsoProvider.Entra && !string.IsNullOrWhiteSpace(Authority))
        {
            yield return new ValidationResult(
                "Both AzureAd:ClientId and Formulate:Sso:Authority are set: Formulate signs in through one provider. Keep the AzureAd section for Microsoft Entra ID, or Formulate:Sso:Authority for another OpenID Provider.",
                [nameof(Authority)]);
        }

        if (Provider == SsoProvider.Entra && EntraCredentialProblem is { } credentialProblem)
        {
            yield return new ValidationResult(credentialProblem, [nameof(EntraCredentialProblem)]);
        }

        if (IsMultiTenant && AllowedTenantIds.Count == 0)
        {
            yield return new ValidationResult(
                $"AzureAd:TenantId is '{EntraTenantId}', which lets in people of any Entra ID tenant: list the tenant ids whose people may sign in, as Formulate:Sso:AllowedTenantIds:0, :1 and so on, or set AzureAd:TenantId to the council's own tenant.",
                [nameof(AllowedTenantIds)]);
        }

        if (Provider == SsoProvider.OpenIdConnect)
        {
            foreach (var problem in GenericProviderProblems())
            {
                yield return problem;
            }
        }

        foreach (var (group, role) in RoleMappings)
        {
            if (!Enum.TryParse<Formulate.Data.Entities.Role>(role, ignoreCase: false, out _))
            {
                yield return new ValidationResult(
                    $"Formulate:Sso:RoleMappings:{group} is '{role}'; use one of {string.Join(", ", Enum.GetNames<Formulate.Data.Entities.Role>())}.",
                    [nameof(RoleMappings)]);
            }
        }

        if (IsConfigured && RoleMappings.Count == 0)
        {
            yield return new ValidationResult(
                "Formulate:Sso:RoleMappings is empty, so nobody could sign in through the provider: map at least one group or app role to a Formulate role, such as Formulate:Sso:RoleMappings:Formulate.Practitioner=Practitioner.",
                [nameof(RoleMappings)]);
        }
    }

    private IEnumerable<ValidationResult> GenericProviderProblems()
    {
        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority)
            || (RequireHttpsMetadata && authority.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult(
                $"Formulate:Sso:Authority must be the provider's https address, such as https://login.example.org/realms/council (it is '{Authority}').",
                [nameof(Authority)]);
        }

        if (string.IsNullOrWhiteSpace(ClientId))
        {
            yield return new ValidationResult("Formulate:Sso:ClientId is needed when Formulate:Sso:Authority is set: the client id the provider gave Formulate.", [nameof(ClientId)]);
        }

        if (string.IsNullOrWhiteSpace(ClientSecret))
        {
            yield return new ValidationResult("Formulate:Sso:ClientSecret is needed when Formulate:Sso:Authority is set: put it in the environment variable Formulate__Sso__ClientSecret.", [nameof(ClientSecret)]);
        }
    }
}
