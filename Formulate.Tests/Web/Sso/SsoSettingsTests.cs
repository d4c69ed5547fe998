using Formulate.Tests.Web.Support;
using Microsoft.Extensions.Options;

namespace Formulate.Tests.Web.Sso;

/// <summary>Single sign-on settings that cannot work stop start-up, saying what is wrong and how to put it right.</summary>
public sealed class SsoSettingsTests
{
    private static readonly Dictionary<string, string?> Entra = new()
    {
        ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
        ["AzureAd:TenantId"] = "5e1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
        ["AzureAd:ClientId"] = "formulate",
        ["AzureAd:ClientSecret"] = "secret",
        ["Formulate:Sso:RoleMappings:Formulate.Practitioner"] = "Practitioner",
    };

    [Theory]
    [InlineData("Formulate:Sso:Authority", "https://login.council.example", "Both AzureAd:ClientId and Formulate:Sso:Authority are set")]
    [InlineData("AzureAd:ClientSecret", "", "AzureAd:ClientSecret is needed when AzureAd:ClientId is set")]
    [InlineData("AzureAd:TenantId", "organizations", "list the tenant ids whose people may sign in, as Formulate:Sso:AllowedTenantIds:0")]
    public void Start_EntraSettingThatCannotWork_FailsSayingWhatToDo(string setting, string value, string message)
    {
        using var factory = new FormulateWebFactory(new Dictionary<string, string?>(Entra) { [setting] = value });

        var error = Should.Throw<OptionsValidationException>(() => factory.CreateClient());

        error.Message.ShouldContain(message);
    }

    [Fact]
    public void Start_ProviderWithoutRoleMappings_FailsSayingWhatToDo()
    {
        using var factory = new FormulateWebFactory(new Dictionary<string, string?>
        {
            ["Formulate:Sso:Authority"] = "https://login.council.example",
            ["Formulate:Sso:ClientId"] = "formulate",
            ["Formulate:Sso:ClientSecret"] = "secret",
        });

        var error = Should.Throw<OptionsValidationException>(() => factory.CreateClient());

        error.Message.ShouldContain("Formulate:Sso:RoleMappings is empty, so nobody could sign in through the provider");
    }
}
