using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Formulate.Tests.Web.Components.Support;

namespace Formulate.Tests.Web.Sso;

/// <summary>
/// A real OpenID Provider (npm oidc-provider, run by <c>scripts/oidc-test-provider.mjs</c>) on a free loopback port:
/// a generic one over HTTP, or one shaped like Microsoft Entra ID over HTTPS with a certificate made for the test.
/// </summary>
public sealed class OidcTestProvider : IAsyncDisposable
{
    public const string ClientId = "formulate";

    public const string ClientSecret = "test-client-secret-for-loopback-only";

    /// <summary>The Entra-shaped provider's second client, which has no secret and proves itself with a client certificate.</summary>
    public const string CertificateClientId = "formulate-certificate";

    public const string RedirectUri = "http://localhost/sign-in/sso/callback";

    /// <summary>The Entra-shaped provider's tenant; its tamper mode <c>other-tenant</c> issues tokens of another.</summary>
    public const string TenantId = "5e1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b";

    /// <summary>The tenant of the tokens the Entra-shaped provider issues when told <c>other-tenant</c>.</summary>
    public const string OtherTenantId = "99999999-9999-4999-8999-999999999999";

    private readonly Process _process;
    private readonly HttpClient _control;
    private readonly X509Certificate2? _certificate;
    private readonly string? _certificateDirectory;

    private OidcTestProvider(Process process, Uri issuer, X509Certificate2? certificate, string? certificateDirectory)
    {
        _process = process;
        Issuer = issuer;
        _certificate = certificate;
        _certificateDirectory = certificateDirectory;
        _control = NewBrowser();
    }

    /// <summary>The provider's issuer: <c>http://127.0.0.1:PORT</c>, or for the Entra shape <c>https://127.0.0.1:PORT/{tenant}/v2.0</c>.</summary>
    public Uri Issuer { get; }

    /// <summary>What Entra ID calls the instance: the scheme, host and port, to which Microsoft.Identity.Web adds the tenant and <c>/v2.0</c>.</summary>
    public string Instance => Issuer.GetLeftPart(UriPartial.Authority) + "/";

    /// <summary>A person's browser, as the provider sees it: keeps the provider's cookies, never follows redirects.</summary>
    public HttpClient NewBrowser() =>
        new(TrustingHandler(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })) { BaseAddress = Issuer };

    /// <summary>An HTTP handler that trusts this provider's own certificate (and only it), as a council's servers trust Entra ID's.</summary>
    public HttpMessageHandler TrustingHandler() => TrustingHandler(new HttpClientHandler());

    public static Task<OidcTestProvider> StartAsync() => StartAsync([], null, null);

    /// <param name="clientCertificate">The certificate whose public key the <see cref="CertificateClientId"/> client is registered with; none, no such client.</param>
    public static Task<OidcTestProvider> StartEntraAsync(X509Certificate2? clientCertificate = null)
    {
        var directory = Directory.CreateTempSubdirectory("formulate-entra-").FullName;
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        var certificateFile = Path.Combine(directory, "certificate.pem");
        var keyFile = Path.Combine(directory, "key.pem");
        File.WriteAllText(certificateFile, certificate.ExportCertificatePem());
        File.WriteAllText(keyFile, key.ExportPkcs8PrivateKeyPem());
        string[] shape = ["entra", TenantId, certificateFile, keyFile];
        if (clientCertificate is not null)
        {
            var clientCertificateFile = Path.Combine(directory, "client-certificate.pem");
            File.WriteAllText(clientCertificateFile, clientCertificate.ExportCertificatePem());
            shape = [.. shape, clientCertificateFile];
        }

        return StartAsync(shape, certificate, directory);
    }

    private static async Task<OidcTestProvider> StartAsync(string[] shape, X509Certificate2? certificate, string? directory)
    {
        var port = LoopbackPort.Free();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoRoot.Combine(),
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { RepoRoot.Combine("scripts", "oidc-test-provider.mjs"), port.ToString(CultureInfo.InvariantCulture), RedirectUri, ClientSecret }.Concat(shape))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started; install Node.js 20 or later.");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("ready ", StringComparison.Ordinal))
            {
                return new OidcTestProvider(process, new Uri(line["ready ".Length..]), certificate, directory);
            }
        }

        throw new InvalidOperationException($"The test OpenID Provider stopped before it was ready (exit code {process.ExitCode}). Run npm ci at the repository root.");
    }

    /// <summary>Makes the provider's next id_tokens wrong in one way (see the script), or right again with <c>none</c>.</summary>
    public async Task TamperAsync(string mode)
    {
        using var response = await _control.GetAsync(new Uri($"/test/tamper?mode={mode}", UriKind.Relative));
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        _control.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _certificate?.Dispose();
        if (_certificateDirectory is not null)
        {
            Directory.Delete(_certificateDirectory, recursive: true);
        }
    }

    private HttpClientHandler TrustingHandler(HttpClientHandler handler)
    {
        if (_certificate is { } ours)
        {
            handler.ServerCertificateCustomValidationCallback = (_, certificate, _, errors) =>
                errors == SslPolicyErrors.None || (certificate is not null && certificate.RawData.AsSpan().SequenceEqual(ours.RawData));
        }

        return handler;
    }
}
