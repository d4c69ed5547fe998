using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Formulate.Tests.Web.Support;
using Microsoft.Extensions.Options;

namespace Formulate.Tests.Web.SignIn;

/// <summary>The session timeout: every request restarts it, an open page can keep it going, and its end is explained.</summary>
public sealed class IdleSessionTests
{
    [Fact]
    public async Task Session_RequestEarlyInTheTimeout_RestartsIt()
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        (await session.GetPageAsync("/")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        factory.Clock.Advance(TimeSpan.FromMinutes(19));

        (await session.GetPageAsync("/")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Session_OnlyAnOpenPagesConnectionSinceSignIn_TimesOut()
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        factory.Clock.Advance(TimeSpan.FromMinutes(15));
        using var connection = await session.Client.PostAsync("/_blazor/negotiate?negotiateVersion=1", content: null);
        connection.Headers.TryGetValues("Set-Cookie", out var cookies);
        (cookies ?? []).ShouldNotContain(cookie => cookie.StartsWith("Formulate.SignIn=", StringComparison.Ordinal), string.Join("; ", cookies ?? []));
        factory.Clock.Advance(TimeSpan.FromMinutes(6));

        (await session.GetPageAsync("/")).Response.LocalTarget().ShouldBe("/sign-in?ReturnUrl=%2F&ended=idle");
    }

    [Fact]
    public async Task Session_IdleLongerThanTimeout_SignInPageSaysWhyOnce()
    {
        using var factory = new FormulateWebFactory(new Dictionary<string, string?> { ["Formulate:SignIn:SessionTimeoutMinutes"] = "25" });
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        factory.Clock.Advance(TimeSpan.FromMinutes(26));
        var response = (await session.GetPageAsync("/caseload")).Response;

        response.LocalTarget().ShouldBe("/sign-in?ReturnUrl=%2Fcaseload&ended=idle");
        var signIn = await session.GetPageAsync(response.LocalTarget());
        signIn.Document.QuerySelector("#session-ended")!.TextContent
            .ShouldContain("You were signed out because you had not done anything for 25 minutes. Anything you had saved is kept.");
        (await session.GetPageAsync("/caseload")).Response.LocalTarget().ShouldBe("/sign-in?ReturnUrl=%2Fcaseload");
    }

    [Fact]
    public async Task KeepAlive_SignedIn_NoContentAndTheTimeoutRestarts()
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        var anonymous = await KeepAliveAsync(session, token: null);
        anonymous.StatusCode.ShouldNotBe(HttpStatusCode.NoContent);
        anonymous.LocalTarget().ShouldStartWith("/sign-in");
        await session.SignInAsync("demo.practitioner");
        var token = await TokenAsync(session);

        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var response = await KeepAliveAsync(session, token);

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        response.Headers.TryGetValues("Set-Cookie", out var cookies).ShouldBeTrue();
        cookies!.ShouldContain(cookie => cookie.StartsWith("Formulate.SignIn=", StringComparison.Ordinal));
        factory.Clock.Advance(TimeSpan.FromMinutes(19));
        (await session.GetPageAsync("/")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task KeepAlive_WithoutTheAntiforgeryToken_RefusedAndTheTimeoutRunsOn()
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var response = await KeepAliveAsync(session, token: null);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Reload the page");
        factory.Clock.Advance(TimeSpan.FromMinutes(21));
        (await session.GetPageAsync("/")).Response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task SignOut_PostedByThePageAtTheTimeout_SaysWhy()
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");
        var home = await session.GetPageAsync("/");

        var response = await session.SubmitAsync(home, "form[action='/sign-out']", new Dictionary<string, string> { ["ended"] = "idle" });

        response.LocalTarget().ShouldBe("/sign-in?ended=idle");
        var signIn = await session.GetPageAsync(response.LocalTarget());
        signIn.Document.QuerySelector("#session-ended")!.TextContent.ShouldContain("you had not done anything for 20 minutes");
        (await session.GetPageAsync("/")).Response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task SignedInPage_TellsItsScriptTheTimeoutAndWarning()
    {
        using var factory = new FormulateWebFactory(new Dictionary<string, string?>
        {
            ["Formulate:SignIn:SessionTimeoutMinutes"] = "30",
            ["Formulate:SignIn:TimeoutWarningSeconds"] = "90",
        });
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        var holder = (await session.GetPageAsync("/")).Document.QuerySelector("[data-session-timeout-seconds]")!;

        holder.GetAttribute("data-session-timeout-seconds").ShouldBe("1800");
        holder.GetAttribute("data-session-warning-seconds").ShouldBe("90");
        using var signedOut = factory.NewSession();
        (await signedOut.GetPageAsync("/sign-in")).Document.QuerySelector("[data-session-timeout-seconds]").ShouldBeNull();
    }

    [Theory]
    [InlineData("20", "19", "has '19', which is not from 20 seconds up to the session timeout")]
    [InlineData("20", "1200", "has '1200', which is not from 20 seconds up to the session timeout (Formulate:SignIn:SessionTimeoutMinutes, 1200 seconds)")]
    [InlineData("1", "60", "has '60', which is not from 20 seconds up to the session timeout (Formulate:SignIn:SessionTimeoutMinutes, 60 seconds)")]
    public void Start_WarningOutsideTheTimeout_FailsSayingWhatToSet(string timeoutMinutes, string warningSeconds, string problem)
    {
        using var factory = new FormulateWebFactory(new Dictionary<string, string?>
        {
            ["Formulate:SignIn:SessionTimeoutMinutes"] = timeoutMinutes,
            ["Formulate:SignIn:TimeoutWarningSeconds"] = warningSeconds,
        });

        var error = Should.Throw<OptionsValidationException>(() => factory.CreateClient());

        error.Message.ShouldContain($"Formulate:SignIn:TimeoutWarningSeconds {problem}");
        error.Message.ShouldContain("Set it to at least 20 and less than");
    }

    [Fact]
    public async Task Start_WarningTheLeastAllowed_StartsAndPagesWarnThen()
    {
        using var factory = new FormulateWebFactory(new Dictionary<string, string?>
        {
            ["Formulate:SignIn:SessionTimeoutMinutes"] = "1",
            ["Formulate:SignIn:TimeoutWarningSeconds"] = "20",
        });
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        var holder = (await session.GetPageAsync("/")).Document.QuerySelector("[data-session-timeout-seconds]")!;

        holder.GetAttribute("data-session-timeout-seconds").ShouldBe("60");
        holder.GetAttribute("data-session-warning-seconds").ShouldBe("20");
    }

    private static async Task<string> TokenAsync(WebSession session) =>
        (await session.GetPageAsync("/")).Document
            .QuerySelector<IHtmlInputElement>("form[action='/sign-out'] input[name='__RequestVerificationToken']")!.Value;

    private static async Task<HttpResponseMessage> KeepAliveAsync(WebSession session, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/session/keep-alive");
        if (token is not null)
        {
            request.Headers.Add("RequestVerificationToken", token);
        }

        return await session.Client.SendAsync(request);
    }
}
