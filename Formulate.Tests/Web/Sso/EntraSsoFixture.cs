using Formulate.Data.Seeding;
using Formulate.Tests.Web.Support;
using Formulate.Web.Security.Sso;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Web;

namespace Formulate.Tests.Web.Sso;

/// <summary>
/// One provider shaped like Microsoft Entra ID, and two apps signing in through it with Microsoft.Identity.Web: one set up
/// for the provider's single tenant, one for the multi-tenant <c>organizations</c> authority.
/// </summary>
public sealed class EntraSsoFixture : IAsyncLifetime
{
    private const string TrustedClient = "entra-test-provider";

    public OidcTestProvider Provider { get; private set; } = null!;

    public FormulateWebFactory SingleTenant { get; private set; } = null!;

    public FormulateWebFactory MultiTenant { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Provider = await OidcTestProvider.StartEntraAsync();
        SingleTenant = App(OidcTestProvider.TenantId);
        MultiTenant = App("organizations", new Dictionary<string, string?> { ["Formulate:Sso:AllowedTenantIds:0"] = OidcTestProvider.TenantId });
    }

    public async Task DisposeAsync()
    {
        await SingleTenant.DisposeAsync();
        await MultiTenant.DisposeAsync();
        await Provider.DisposeAsync();
    }

    private FormulateWebFactory App(string tenant, IReadOnlyDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["AzureAd:Instance"] = Provider.Instance,
            ["AzureAd:TenantId"] = tenant,
            ["AzureAd:ClientId"] = OidcTestProvider.ClientId,
            ["AzureAd:ClientSecret"] = OidcTestProvider.ClientSecret,
            ["Formulate:Sso:OrganisationName"] = "Northby Council",
            ["Formulate:Sso:RoleMappings:Formulate.Practitioner"] = "Practitioner",
            ["Formulate:Sso:RoleMappings:Formulate.TeamManager"] = "TeamManager",
            ["Formulate:Sso:TeamMappings:Formulate.North"] = DemoAccounts.NorthTeam,
            ["Formulate:Sso:TeamMappings:Formulate.South"] = DemoAccounts.SouthTeam,
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        // The app trusts the provider's certificate, as a council's servers trust Entra ID's; what Identity.Web checks is left as it is.
        var app = new FormulateWebFactory(settings, services =>
        {
            services.AddHttpClient(TrustedClient).ConfigurePrimaryHttpMessageHandler(Provider.TrustingHandler);
            services.Configure<AadIssuerValidatorOptions>(options => options.HttpClientName = TrustedClient);
            services.Configure<OpenIdConnectOptions>(SsoDefaults.Scheme, options => options.BackchannelHttpHandler = Provider.TrustingHandler());
        });
        app.Clock.Now = DateTimeOffset.UtcNow;
        return app;
    }
}
