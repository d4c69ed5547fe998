using System.Security.Cryptography.X509Certificates;
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
    [InlineData("AzureAd:ClientSecret", "", "AzureAd:ClientSecret or a client certificate is needed when AzureAd:ClientId is set")]
    [InlineData("AzureAd:TenantId", "organizations", "list the tenant ids whose people may sign in, as Formulate:Sso:AllowedTenantIds:0")]
    public void Start_EntraSettingThatCannotWork_FailsSayingWhatToDo(string setting, string value, string message)
    {
        using var factory = new FormulateWebFactory(new Dictionary<string, string?>(Entra) { [setting] = value });

        var error = Should.Throw<OptionsValidationException>(() => factory.CreateClient());

        error.Message.ShouldContain(message);
    }

    [Fact]
    public void Start_EntraCertificateFileMissing_FailsNamingThePathAndWhatToDo()
    {
        var path = Path.Combine(Path.GetTempPath(), $"formulate-{Guid.NewGuid():N}.pfx");

        var error = StartWithCertificate(new() { ["SourceType"] = "Path", ["CertificateDiskPath"] = path, ["CertificatePassword"] = "password" });

        error.Message.ShouldContain($"AzureAd:ClientCredentials:0:CertificateDiskPath is '{path}', and there is no file there. Put the certificate's .pfx file (with its private key) at that path, or correct the path");
    }

    [Fact]
    public void Start_EntraCertificatePasswordWrong_FailsSayingThePasswordIsWrongAndWhereToSetIt()
    {
        var directory = Directory.CreateTempSubdirectory("formulate-certificate-");
        using var certificate = TestClientCertificate.Create("Formulate");
        var path = TestClientCertificate.WritePfx(certificate, directory.FullName, "the-right-password");

        var error = StartWithCertificate(new() { ["SourceType"] = "Path", ["CertificateDiskPath"] = path, ["CertificatePassword"] = "a-wrong-password" });

        directory.Delete(recursive: true);
        error.Message.ShouldContain($"The .pfx file at '{path}' could not be opened with AzureAd:ClientCredentials:0:CertificatePassword: the password is wrong. Set the password the .pfx was exported with, in the environment variable AzureAd__ClientCredentials__0__CertificatePassword");
    }

    [Fact]
    public void Start_EntraCertificateWithoutItsPrivateKey_FailsSayingToGiveThePfx()
    {
        var directory = Directory.CreateTempSubdirectory("formulate-certificate-");
        using var certificate = TestClientCertificate.Create("Formulate");
        var path = Path.Combine(directory.FullName, "formulate.cer");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Cert));

        var error = StartWithCertificate(new() { ["SourceType"] = "Path", ["CertificateDiskPath"] = path });

        directory.Delete(recursive: true);
        error.Message.ShouldContain("The certificate described by AzureAd:ClientCredentials:0 has no private key, so Formulate cannot sign with it. Give the .pfx file exported with its private key");
    }

    [Fact]
    public void Start_EntraCertificateNotInTheStore_FailsNamingTheThumbprintAndStore()
    {
        var error = StartWithCertificate(new()
        {
            ["SourceType"] = "StoreWithThumbprint",
            ["CertificateStorePath"] = "CurrentUser/My",
            ["CertificateThumbprint"] = "0123456789ABCDEF0123456789ABCDEF01234567",
        });

        error.Message.ShouldContain("No certificate with thumbprint 0123456789ABCDEF0123456789ABCDEF01234567 (AzureAd:ClientCredentials:0:CertificateThumbprint) is in the store CurrentUser/My");
    }

    [Fact]
    public void Start_EntraCredentialKindFormulateDoesNotSignWith_FailsNamingTheKindsItTakes()
    {
        var error = StartWithCertificate(new() { ["SourceType"] = "SignedAssertionFilePath", ["SignedAssertionFileDiskPath"] = "/var/run/token" });

        error.Message.ShouldContain("AzureAd:ClientCredentials:0:SourceType is SignedAssertionFilePath, which Formulate does not use to sign in");
    }

    [Fact]
    public void Start_EntraCertificateInTheOlderClientCertificatesListAndNoSecret_Starts()
    {
        using var certificate = TestClientCertificate.Create("Formulate");
        var settings = new Dictionary<string, string?>(Entra)
        {
            ["AzureAd:ClientCertificates:0:SourceType"] = "Base64Encoded",
            ["AzureAd:ClientCertificates:0:Base64EncodedValue"] = Convert.ToBase64String(certificate.Export(X509ContentType.Pfx)),
        };
        settings.Remove("AzureAd:ClientSecret");
        using var factory = new FormulateWebFactory(settings);

        Should.NotThrow(() => factory.CreateClient().Dispose());
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

    /// <summary>Starts an app whose Entra ID credential is only the certificate described, and returns why it would not start.</summary>
    private static OptionsValidationException StartWithCertificate(Dictionary<string, string> description)
    {
        var settings = new Dictionary<string, string?>(Entra);
        settings.Remove("AzureAd:ClientSecret");
        foreach (var (key, value) in description)
        {
            settings[$"AzureAd:ClientCredentials:0:{key}"] = value;
        }

        using var factory = new FormulateWebFactory(settings);
        return Should.Throw<OptionsValidationException>(() => factory.CreateClient());
    }
}
