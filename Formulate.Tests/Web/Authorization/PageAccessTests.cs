using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Formulate.Tests.Web.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace Formulate.Tests.Web.Authorization;

public sealed partial class PageAccessTests(FormulateWebFactory factory) : IClassFixture<FormulateWebFactory>
{
    /// <summary>Every routable page in the app, found by reflection so that new pages are covered without listing them.</summary>
    public static TheoryData<string> ProtectedPages()
    {
        var data = new TheoryData<string>();
        foreach (var template in Pages().Where(page => !page.Anonymous).Select(page => page.Template).Distinct())
        {
            data.Add(Fill(template));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ProtectedPages))]
    public async Task Page_Anonymous_RedirectsToSignInWithReturnUrl(string url)
    {
        using var session = factory.NewSession();

        var response = (await session.GetPageAsync(url)).Response;

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
        Uri.UnescapeDataString(response.Headers.Location.Query).ShouldBe($"?ReturnUrl={url}");
    }

    [Fact]
    public void AnonymousPages_AreOnlySignInErrorAndThePublicSelfAssessment()
    {
        Pages().Where(page => page.Anonymous).Select(page => page.Template).ShouldBe(
        [
            "/error", "/sign-in", "/self-assessment", "/self-assessment/invitation/{Code}", "/self-assessment/questions/{QuestionId}",
            "/self-assessment/check-answers", "/self-assessment/confirmation", "/self-assessment/paying-for-care", "/self-assessment/saved", "/self-assessment/return",
            "/self-assessment/return/code", "/self-assessment/privacy", "/self-assessment/request",
        ], ignoreOrder: true);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/css/formulate.css")]
    [InlineData("/openapi/v1.json")]
    public async Task PublicEndpoint_Anonymous_IsServed(string url)
    {
        using var session = factory.NewSession();

        (await session.Client.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task UnknownAddress_Anonymous_RedirectsToSignIn()
    {
        using var session = factory.NewSession();

        var response = await session.Client.GetAsync("/no-such-page");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }

    [Fact]
    public async Task ConfigurationPage_Practitioner_GetsForbiddenPage()
    {
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        var redirect = await session.Client.GetAsync("/api-keys");
        redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        redirect.Headers.Location!.AbsolutePath.ShouldBe("/forbidden");
        var page = await session.GetPageAsync(redirect.Headers.Location.OriginalString);

        page.Response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        page.Heading.ShouldBe("You do not have permission to see this page");
        page.Document.QuerySelector("header nav[aria-label='Your account']")!.TextContent.ShouldContain("Demo Practitioner");
    }

    [Fact]
    public async Task ConfigurationPage_ConfigurationManager_IsShown()
    {
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");

        var page = await session.GetPageAsync("/api-keys");

        page.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading.ShouldBe("API keys");
    }

    [Fact]
    public async Task ForbiddenPage_Anonymous_RedirectsToSignIn()
    {
        using var session = factory.NewSession();

        (await session.Client.GetAsync("/forbidden")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private static IEnumerable<(string Template, bool Anonymous)> Pages() =>
        typeof(Program).Assembly.GetTypes()
            .Where(type => typeof(IComponent).IsAssignableFrom(type))
            .SelectMany(type => type.GetCustomAttributes<RouteAttribute>()
                .Select(route => (route.Template, type.GetCustomAttribute<AllowAnonymousAttribute>() is not null)));

    // Route parameters get a value of the right shape; the page then finds nothing, but only after sign-in.
    private static string Fill(string template) => RouteParameter().Replace(template, match =>
        match.Value.Contains(":guid", StringComparison.OrdinalIgnoreCase) ? Guid.Empty.ToString()
        : match.Value.Contains(":int", StringComparison.OrdinalIgnoreCase) || match.Value.Contains(":long", StringComparison.OrdinalIgnoreCase) ? "1"
        : "x");

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
