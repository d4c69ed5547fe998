using System.Net;
using Formulate.Tests.Web.Support;

namespace Formulate.Tests.Web.Security;

public sealed class SecurityHeadersTests(FormulateWebFactory factory) : IClassFixture<FormulateWebFactory>
{
    [Theory]
    [InlineData("/sign-in")]
    [InlineData("/health")]
    [InlineData("/api/v1/question-set")]
    public async Task Response_Any_CarriesTheSecurityHeaders(string url)
    {
        using var session = factory.NewSession();

        var response = await session.Client.GetAsync(url);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldContain("object-src 'none'");
        var scripts = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        scripts.ShouldNotContain("unsafe-inline");
        scripts.ShouldNotContain("unsafe-eval");
        scripts.ShouldMatch("^script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'$");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
    }

    [Fact]
    public async Task Csp_DataAddresses_AreAllowedForImagesAlone()
    {
        using var session = factory.NewSession();

        var csp = (await session.Client.GetAsync("/sign-in")).Headers.GetValues("Content-Security-Policy").Single();

        // The council's logo is a data: image in the app bar; a data: address must never run as a script, style, frame or object.
        var directives = csp.Split(';').Select(d => d.Trim()).Where(d => d.Length > 0).ToList();
        directives.Where(d => d.Contains("data:", StringComparison.Ordinal)).ShouldBe(["img-src 'self' data:"]);
    }

    [Fact]
    public async Task Nonce_EachResponse_IsNew()
    {
        using var session = factory.NewSession();

        var first = (await session.Client.GetAsync("/sign-in")).Headers.GetValues("Content-Security-Policy").Single();
        var second = (await session.Client.GetAsync("/sign-in")).Headers.GetValues("Content-Security-Policy").Single();

        first.ShouldNotBe(second);
    }

    [Fact]
    public async Task SignInPage_Html_HasNoInlineScripts()
    {
        using var session = factory.NewSession();

        var page = await session.GetPageAsync("/sign-in");

        page.Document.QuerySelectorAll("script").ShouldAllBe(script => script.HasAttribute("src"));
        page.Document.QuerySelectorAll("*").SelectMany(element => element.Attributes)
            .ShouldNotContain(attribute => attribute.Name.StartsWith("on", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Https_Request_GetsStrictTransportSecurity()
    {
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://formulate.example.gov.uk"),
            AllowAutoRedirect = false,
        });

        var response = await client.GetAsync("/health");

        response.Headers.GetValues("Strict-Transport-Security").Single().ShouldStartWith("max-age=");
    }

    [Fact]
    public async Task Http_Request_GetsNoStrictTransportSecurity()
    {
        using var session = factory.NewSession();

        (await session.Client.GetAsync("/health")).Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }

    [Fact]
    public async Task SignInCookies_AfterSignIn_AreHttpOnlyAndSameSite()
    {
        using var session = factory.NewSession();
        var page = await session.GetPageAsync("/sign-in");
        var antiforgery = page.Response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));

        var response = await session.SignInAsync("demo.practitioner");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var signIn = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Formulate.SignIn=", StringComparison.Ordinal));
        signIn.ShouldContain("httponly", Case.Insensitive);
        signIn.ShouldContain("samesite=lax", Case.Insensitive);
        antiforgery.ShouldContain("httponly", Case.Insensitive);
        antiforgery.ShouldContain("samesite=strict", Case.Insensitive);
    }

    [Fact]
    public async Task SignInCookie_OverHttps_IsSecure()
    {
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://formulate.example.gov.uk"),
            AllowAutoRedirect = false,
        });
        using var session = new WebSession(client);

        var response = await session.SignInAsync("demo.practitioner");

        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Formulate.SignIn=", StringComparison.Ordinal))
            .ShouldContain("secure", Case.Insensitive);
    }
}
