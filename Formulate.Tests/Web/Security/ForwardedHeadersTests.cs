using System.Net;
using Formulate.Tests.Web.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Formulate.Tests.Web.Security;

public sealed class ForwardedHeadersTests
{
    private const string Proxy = "10.0.0.5";

    private static FormulateWebFactory BehindProxy() =>
        new(new Dictionary<string, string?> { ["Formulate:ForwardedHeaders:KnownProxies:0"] = Proxy });

    /// <summary>A request for /health that arrived over plain HTTP from <paramref name="from"/>, saying the client used HTTPS.</summary>
    private static Task<HttpContext> ForwardedHttpsAsync(FormulateWebFactory factory, string from) =>
        factory.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Scheme = "http";
            context.Request.Host = new HostString("formulate.example.gov.uk");
            context.Request.Path = "/health";
            context.Connection.RemoteIpAddress = IPAddress.Parse(from);
            context.Request.Headers["X-Forwarded-For"] = "203.0.113.7";
            context.Request.Headers["X-Forwarded-Proto"] = "https";
        });

    [Fact]
    public async Task Request_FromAListedProxy_IsTreatedAsTheClientsHttpsRequest()
    {
        using var factory = BehindProxy();

        var context = await ForwardedHttpsAsync(factory, Proxy);

        context.Request.IsHttps.ShouldBeTrue();
        context.Connection.RemoteIpAddress.ShouldBe(IPAddress.Parse("203.0.113.7"));
        context.Response.Headers.StrictTransportSecurity.ToString().ShouldStartWith("max-age=");
    }

    [Fact]
    public async Task Request_FromAnUnlistedAddress_HasItsForwardedHeadersIgnored()
    {
        using var factory = BehindProxy();

        var context = await ForwardedHttpsAsync(factory, "198.51.100.2");

        context.Request.IsHttps.ShouldBeFalse();
        context.Connection.RemoteIpAddress.ShouldBe(IPAddress.Parse("198.51.100.2"));
        context.Response.Headers.ContainsKey("Strict-Transport-Security").ShouldBeFalse();
    }

    [Theory]
    [InlineData("KnownProxies", "proxy.council.local", "not an IP address")]
    [InlineData("KnownNetworks", "10.0.0.0/99", "not a network")]
    public void Start_WithAnAddressThatIsNotOne_FailsNamingTheSetting(string setting, string value, string reason)
    {
        using var factory = new FormulateWebFactory(new Dictionary<string, string?> { [$"Formulate:ForwardedHeaders:{setting}:0"] = value });

        var error = Should.Throw<OptionsValidationException>(() => factory.CreateClient());

        error.Message.ShouldContain($"Formulate:ForwardedHeaders:{setting} has '{value}', which is {reason}");
    }
}
