using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Formulate.Tests.Web.Components.Support;

namespace Formulate.Tests.Web.Sso;

/// <summary>A real OpenID Provider (npm oidc-provider, run by <c>scripts/oidc-test-provider.mjs</c>) on a free loopback port.</summary>
public sealed class OidcTestProvider : IAsyncDisposable
{
    public const string ClientId = "formulate";

    public const string ClientSecret = "test-client-secret-for-loopback-only";

    public const string RedirectUri = "http://localhost/sign-in/sso/callback";

    private readonly Process _process;
    private readonly HttpClient _control;

    private OidcTestProvider(Process process, Uri issuer)
    {
        _process = process;
        Issuer = issuer;
        _control = NewBrowser();
    }

    public Uri Issuer { get; }

    /// <summary>A person's browser, as the provider sees it: keeps the provider's cookies, never follows redirects.</summary>
    public HttpClient NewBrowser() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = Issuer };

    public static async Task<OidcTestProvider> StartAsync()
    {
        var port = FreePort();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoRoot.Combine(),
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { RepoRoot.Combine("scripts", "oidc-test-provider.mjs"), port.ToString(System.Globalization.CultureInfo.InvariantCulture), RedirectUri, ClientSecret })
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
                return new OidcTestProvider(process, new Uri(line["ready ".Length..]));
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
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
