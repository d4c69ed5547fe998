using System.Security.Cryptography.X509Certificates;
using Formulate.Data.Seeding;
using Formulate.Tests.Web.Support;
using Formulate.Web.Security.Sso;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Web;

namespace Formulate.Tests.Web.Sso;

/// <summary>
/// One provider shaped like Microsoft Entra ID, and apps signing in through it with Microsoft.Identity.Web: one set up for
/// the provider's single tenant, one for the multi-tenant <c>organizations</c> authority (both with the client secret),
/// and two with a client certificate and no secret: the one registered with the provider, and another.
/// </summary>
public sealed class EntraSsoFixture : IAsyncLifetime
{
    public const string CertificatePassword = "test-pfx-password-for-loopback-only";

    private const string TrustedClient = "entra-test-provider";

    private readonly string _directory = Directory.CreateTempSubdirectory("formulate-entra-client-").FullName;
    private readonly X509Certificate2 _registered = TestClientCertificate.Create("Formulate");
    private readonly X509Certificate2 _stranger = TestClientCertificate.Create("Formulate");

    public OidcTestProvider Provider { get; private set; } = null!;

    public FormulateWebFactory SingleTenant { get; private set; } = null!;

    public FormulateWebFactory MultiTenant { get; private set; } = null!;

    /// <summary>Set up with the certificate registered with the provider, as a password-protected .pfx file.</summary>
    public FormulateWebFactory RegisteredCertificate { get; private set; } = null!;

    /// <summary>Set up with another certificate of the same name, which the provider does not know, as base64.</summary>
    public FormulateWebFactory UnregisteredCertificate { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Provider = await OidcTestProvider.StartEntraAsync(_registered);
        var secret = new Dictionary<string, string?>
        {
            ["AzureAd:ClientId"] = OidcTestProvider.ClientId,
            ["AzureAd:ClientSecret"] = OidcTestProvider.ClientSecret,
        };
        SingleTenant = App(OidcTestProvider.TenantId, secret);
        MultiTenant = App("organizations", new Dictionary<string, string?>(secret) { ["Formulate:Sso:AllowedTenantIds:0"] = OidcTestProvider.TenantId });
        RegisteredCertificate = App(OidcTestProvider.TenantId, new Dictionary<string, string?>
        {
            ["AzureAd:ClientId"] = OidcTestProvider.CertificateClientId,
            ["AzureAd:ClientCredentials:0:SourceType"] = "Path",
            ["AzureAd:ClientCredentials:0:CertificateDiskPath"] = TestClientCertificate.WritePfx(_registered, _directory, CertificatePassword),
            ["AzureAd:ClientCredentials:0:CertificatePassword"] = CertificatePassword,
        });
        UnregisteredCertificate = App(OidcTestProvider.TenantId, new Dictionary<string, string?>
        {
            ["AzureAd:ClientId"] = OidcTestProvider.CertificateClientId,
            ["AzureAd:ClientCredentials:0:SourceType"] = "Base64Encoded",
            ["AzureAd:ClientCredentials:0:Base64EncodedValue"] = Convert.ToBase64String(_stranger.Export(X509ContentType.Pfx)),
        });
    }

    public async Task DisposeAsync()
    {
        await SingleTenant.DisposeAsync();
        await MultiTenant.DisposeAsync();
        await RegisteredCertificate.DisposeAsync();
        await UnregisteredCertificate.DisposeAsync();
        await Provider.DisposeAsync();
        _registered.Dispose();
        _stranger.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private FormulateWebFactory App(string tenant, IReadOnlyDictionary<string, string?> credential)
    {
        var settings = new Dictionary<string, string?>
        {
            ["AzureAd:Instance"] = Provider.Instance,
            ["AzureAd:TenantId"] = tenant,
            ["Formulate:Sso:OrganisationName"] = "Northby Council",
            ["Formulate:Sso:RoleMappings:Formulate.Practitioner"] = "Practitioner",
            ["Formulate:Sso:RoleMappings:Formulate.TeamManager"] = "TeamManager",
            ["Formulate:Sso:TeamMappings:Formulate.North"] = DemoAccounts.NorthTeam,
            ["Formulate:Sso:TeamMappings:Formulate.South"] = DemoAccounts.SouthTeam,
        };
        foreach (var (key, value) in credential)
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
