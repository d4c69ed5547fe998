using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Abstractions;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.Tokens;

namespace Formulate.Web.Security.Sso;

/// <summary>
/// How Formulate proves itself to Entra ID when it redeems a sign-in code: the first credential Microsoft.Identity.Web's
/// own settings describe (<c>AzureAd:ClientCredentials</c>, or else <c>AzureAd:ClientCertificates</c> then
/// <c>AzureAd:ClientSecret</c>, Identity.Web's order). A certificate is loaded once, at start-up, by Identity.Web's
/// <see cref="DefaultCredentialsLoader"/>; whatever stops it being used is a <see cref="Problem"/> that stops start-up.
/// </summary>
internal sealed class EntraClientCredential : IDisposable
{
    private static readonly CredentialSource[] CertificateSources =
        [CredentialSource.Path, CredentialSource.Base64Encoded, CredentialSource.StoreWithThumbprint, CredentialSource.StoreWithDistinguishedName];

    public EntraClientCredential(IOptionsMonitor<MicrosoftIdentityOptions> identityOptions, ILogger<DefaultCredentialsLoader> logger)
    {
        ArgumentNullException.ThrowIfNull(identityOptions);
        var options = identityOptions.Get(SsoDefaults.Scheme);
        var (description, key) = First(options);
        if (description is null)
        {
            Problem = $"{SsoDefaults.EntraSection}:ClientSecret or a client certificate is needed when {SsoDefaults.EntraSection}:ClientId is set: Formulate redeems the sign-in code with the application's own credential. "
                + $"Upload a certificate to the app registration in the Entra admin centre and describe it in {SsoDefaults.EntraSection}:ClientCredentials (see docs/security.md), "
                + $"or create a client secret and put it in the environment variable {SsoDefaults.EntraSection}__ClientSecret.";
            return;
        }

        if (description.SourceType == CredentialSource.ClientSecret || description.CredentialType == CredentialType.Secret)
        {
            return;
        }

        (Certificate, Problem) = Load(description, key, new DefaultCredentialsLoader(logger));
        Signing = Certificate is null ? null : EntraClientAssertion.SigningWith(Certificate);
    }

    /// <summary>The certificate that signs the client assertion; null when the client secret is used, or nothing could be loaded.</summary>
    public X509Certificate2? Certificate { get; }

    /// <summary>The certificate's key as the client assertion is signed with it, made once with the certificate.</summary>
    public X509SigningCredentials? Signing { get; }

    /// <summary>Why no credential can be used, and how to put it right; null when one can.</summary>
    public string? Problem { get; }

    public void Dispose() => Certificate?.Dispose();

    private static (CredentialDescription? Description, string Key) First(MicrosoftIdentityOptions options)
    {
        var section = SsoDefaults.EntraSection;
        if (options.ClientCredentials?.FirstOrDefault() is { } credential)
        {
            return (credential, $"{section}:ClientCredentials:0");
        }

        if (options.ClientCertificates?.FirstOrDefault() is { } certificate)
        {
            return (certificate, $"{section}:ClientCertificates:0");
        }

        return string.IsNullOrWhiteSpace(options.ClientSecret)
            ? (null, section)
            : (new CredentialDescription { SourceType = CredentialSource.ClientSecret, ClientSecret = options.ClientSecret }, $"{section}:ClientSecret");
    }

    private static (X509Certificate2? Certificate, string? Problem) Load(CredentialDescription description, string key, DefaultCredentialsLoader loader)
    {
        if (!CertificateSources.Contains(description.SourceType))
        {
            return (null, $"{key}:SourceType is {description.SourceType}, which Formulate does not use to sign in: describe a certificate with SourceType Path (a .pfx file and its password), Base64Encoded (the .pfx as base64) or StoreWithThumbprint (a certificate store and thumbprint), or use a client secret.");
        }

        if (description.SourceType == CredentialSource.Path && FileProblem(description, key) is { } fileProblem)
        {
            return (null, fileProblem);
        }

        try
        {
            loader.LoadCredentialsIfNeededAsync(description).GetAwaiter().GetResult();
        }
        catch (CryptographicException exception)
        {
            return (null, UnreadableProblem(description, key, exception));
        }
        catch (FormatException)
        {
            return (null, $"{key}:Base64EncodedValue is not base64 text: give the certificate's .pfx file, with its private key, encoded as base64 (for example with base64 -w0 formulate.pfx).");
        }

        return description.Certificate switch
        {
            null => (null, NotFoundProblem(description, key)),
            { HasPrivateKey: false } certificate => Unusable(certificate, $"The certificate described by {key} has no private key, so Formulate cannot sign with it. Give the .pfx file exported with its private key; the .cer file without it is what is uploaded to Entra ID."),
            var certificate when certificate.GetRSAPublicKey() is null => Unusable(certificate, $"The certificate described by {key} does not have an RSA key; Entra ID takes client assertions signed with RSA. Make an RSA certificate (2048 bits or more)."),
            var certificate => (certificate, null),
        };
    }

    private static (X509Certificate2? Certificate, string? Problem) Unusable(X509Certificate2 certificate, string problem)
    {
        certificate.Dispose();
        return (null, problem);
    }

    private static string? FileProblem(CredentialDescription description, string key)
    {
        var path = description.CertificateDiskPath;
        if (string.IsNullOrWhiteSpace(path))
        {
            return $"{key}:CertificateDiskPath is empty: give the full path of the certificate's .pfx file.";
        }

        return File.Exists(path)
            ? null
            : $"{key}:CertificateDiskPath is '{path}', and there is no file there. Put the certificate's .pfx file (with its private key) at that path, or correct the path; the account Formulate runs as must be able to read it.";
    }

    private static string UnreadableProblem(CredentialDescription description, string key, CryptographicException exception)
    {
        var isPkcs12 = description.SourceType switch
        {
            CredentialSource.Path => X509Certificate2.GetCertContentType(description.CertificateDiskPath!) == X509ContentType.Pkcs12,
            CredentialSource.Base64Encoded => X509Certificate2.GetCertContentType(Convert.FromBase64String(description.Base64EncodedValue!)) == X509ContentType.Pkcs12,
            _ => false,
        };
        var where = description.SourceType == CredentialSource.Path ? $"The .pfx file at '{description.CertificateDiskPath}'" : $"The certificate in {key}:Base64EncodedValue";
        return isPkcs12
            ? $"{where} could not be opened with {key}:CertificatePassword: the password is wrong{(string.IsNullOrEmpty(description.CertificatePassword) ? ", or missing" : string.Empty)}. "
                + $"Set the password the .pfx was exported with, in the environment variable {key.Replace(":", "__", StringComparison.Ordinal)}__CertificatePassword."
            : $"{where} is not a certificate Formulate can read ({exception.Message}). Give the certificate as a .pfx (PKCS#12) file with its private key.";
    }

    private static string NotFoundProblem(CredentialDescription description, string key)
    {
        var store = string.IsNullOrWhiteSpace(description.CertificateStorePath) ? "CurrentUser/My" : description.CertificateStorePath;
        var which = description.SourceType == CredentialSource.StoreWithThumbprint
            ? $"with thumbprint {description.CertificateThumbprint} ({key}:CertificateThumbprint)"
            : $"with distinguished name {description.CertificateDistinguishedName} ({key}:CertificateDistinguishedName)";
        return $"No certificate {which} is in the store {store} ({key}:CertificateStorePath). Import the certificate, with its private key, into that store for the account Formulate runs as, or correct the setting.";
    }
}
