using System.ComponentModel.DataAnnotations;

namespace Formulate.Web.Security.Sso;

/// <summary>
/// Signing in through the council's own OpenID Provider (Microsoft Entra ID or any standard one).
/// Off while <see cref="Authority"/> is empty. The client secret belongs in the environment
/// (<c>Formulate__Sso__ClientSecret</c>), never in a settings file.
/// </summary>
public sealed class SsoOptions : IValidatableObject
{
    public const string SectionName = "Formulate:Sso";

    /// <summary>The issuer, e.g. <c>https://login.microsoftonline.com/{tenant-id}/v2.0</c>; discovery is read from its <c>/.well-known/openid-configuration</c>.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The name on the sign-in button: "Sign in with {OrganisationName}".</summary>
    [MaxLength(100)]
    public string OrganisationName { get; set; } = "your organisation's account";

    /// <summary>The id_token claim listing the person's groups or app roles: <c>groups</c>, or <c>roles</c> for Entra app roles.</summary>
    [Required]
    public string GroupsClaimType { get; set; } = "groups";

    [Required]
    public string UserNameClaimType { get; set; } = "preferred_username";

    [Required]
    public string DisplayNameClaimType { get; set; } = "name";

    /// <summary>A provider group or app role, and the Formulate role (<c>Practitioner</c>, <c>TeamManager</c>, ...) it gives.</summary>
    public Dictionary<string, string> RoleMappings { get; set; } = [];

    /// <summary>A provider group or app role, and the Formulate team it puts the person in.</summary>
    public Dictionary<string, string> TeamMappings { get; set; } = [];

    /// <summary>Only for a provider on loopback in tests; a real provider is always reached over HTTPS.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsConfigured)
        {
            yield break;
        }

        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority)
            || (RequireHttpsMetadata && authority.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult(
                $"Formulate:Sso:Authority must be the provider's https address, such as https://login.microsoftonline.com/<tenant-id>/v2.0 (it is '{Authority}').",
                [nameof(Authority)]);
        }

        if (string.IsNullOrWhiteSpace(ClientId))
        {
            yield return new ValidationResult("Formulate:Sso:ClientId is needed when Formulate:Sso:Authority is set: the application (client) id the provider gave Formulate.", [nameof(ClientId)]);
        }

        if (string.IsNullOrWhiteSpace(ClientSecret))
        {
            yield return new ValidationResult("Formulate:Sso:ClientSecret is needed when Formulate:Sso:Authority is set: put it in the environment variable Formulate__Sso__ClientSecret.", [nameof(ClientSecret)]);
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
    }
}
