using Formulate.Data.Seeding;
using Formulate.Tests.Web.Support;

namespace Formulate.Tests.Web.Sso;

/// <summary>The app configured to sign people in through a generic test OpenID Provider, with local accounts still on.</summary>
public sealed class SsoFixture : IAsyncLifetime
{
    public OidcTestProvider Provider { get; private set; } = null!;

    public FormulateWebFactory App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Provider = await OidcTestProvider.StartAsync();
        App = new FormulateWebFactory(new Dictionary<string, string?>
        {
            ["Formulate:Sso:Authority"] = Provider.Issuer.ToString().TrimEnd('/'),
            ["Formulate:Sso:ClientId"] = OidcTestProvider.ClientId,
            ["Formulate:Sso:ClientSecret"] = OidcTestProvider.ClientSecret,
            ["Formulate:Sso:RequireHttpsMetadata"] = "false",
            ["Formulate:Sso:OrganisationName"] = "Northby Council",
            ["Formulate:Sso:RoleMappings:formulate-practitioners"] = "Practitioner",
            ["Formulate:Sso:RoleMappings:formulate-managers"] = "TeamManager",
            ["Formulate:Sso:TeamMappings:north-locality"] = DemoAccounts.NorthTeam,
            ["Formulate:Sso:TeamMappings:south-locality"] = DemoAccounts.SouthTeam,
        });

        // The correlation cookie expires by the app's clock and the cookie jar reads it by the real one: make them agree.
        App.Clock.Now = DateTimeOffset.UtcNow;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Provider.DisposeAsync();
    }
}
