using System.Net;
using AngleSharp.Html.Dom;
using Formulate.Tests.Web.Support;
using Formulate.Web.Security.Sso;

namespace Formulate.Tests.Web.Sso;

public sealed class SsoSignInTests(SsoFixture fixture) : IClassFixture<SsoFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => fixture.Provider.TamperAsync("none");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SignInPage_SsoConfigured_OffersTheOrganisationsSignIn()
    {
        using var session = fixture.App.NewSession();

        var page = await session.GetPageAsync("/sign-in?ReturnUrl=%2Fcaseload");

        var button = page.Document.GetElementById("sso-sign-in").ShouldBeAssignableTo<IHtmlAnchorElement>()!;
        button.TextContent.Trim().ShouldBe("Sign in with Northby Council");
        button.GetAttribute("href").ShouldBe("/sign-in/sso?ReturnUrl=%2Fcaseload");
        page.Document.QuerySelector("input[name=Password]").ShouldNotBeNull();
    }

    [Fact]
    public async Task Challenge_Always_SendsCodeFlowWithPkceStateAndNonce()
    {
        using var session = fixture.App.NewSession();

        var response = await session.Client.GetAsync("/sign-in/sso");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!;
        location.GetLeftPart(UriPartial.Path).ShouldBe(new Uri(fixture.Provider.Issuer, "/auth").ToString());
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(location.Query);
        query["response_type"].ToString().ShouldBe("code");
        query["client_id"].ToString().ShouldBe(OidcTestProvider.ClientId);
        query["code_challenge_method"].ToString().ShouldBe("S256");
        query["code_challenge"].ToString().ShouldNotBeNullOrEmpty();
        query["state"].ToString().ShouldNotBeNullOrEmpty();
        query["nonce"].ToString().Length.ShouldBeGreaterThanOrEqualTo(40);
        query["scope"].ToString().Split(' ').ShouldContain("openid");
    }

    [Fact]
    public async Task SignIn_PractitionerGroup_SignsInAsPractitionerOfTheMappedTeam()
    {
        using var session = fixture.App.NewSession();

        var landing = await SignInThroughProviderAsync(session, "pat.practitioner", "/caseload");

        landing.ShouldBe("/caseload");
        var caseload = await session.GetPageAsync("/caseload");
        caseload.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        caseload.Document.QuerySelector("header nav[aria-label='Your account']")!.TextContent.ShouldContain("Pat Practitioner");
        var rows = caseload.Document.QuerySelectorAll("tbody tr").Select(row => row.TextContent).ToList();
        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(row => row.Contains("North Locality Team"));
        (await session.Client.GetAsync("/sign-off")).Headers.Location!.AbsolutePath.ShouldBe("/forbidden");
    }

    [Fact]
    public async Task SignIn_ManagerGroup_SignsInAsTeamManager()
    {
        using var session = fixture.App.NewSession();

        await SignInThroughProviderAsync(session, "morgan.manager", "/sign-off");

        var queue = await session.GetPageAsync("/sign-off");
        queue.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        queue.Document.QuerySelector("header nav[aria-label='Your account']")!.TextContent.ShouldContain("Morgan Manager");
    }

    [Fact]
    public async Task SignIn_NoMappedGroup_IsRefused()
    {
        using var session = fixture.App.NewSession();

        var landing = await SignInThroughProviderAsync(session, "casey.unmapped", "/caseload");

        await ShouldBeRefusedAsync(session, landing);
    }

    [Theory]
    [InlineData("wrong-issuer")]
    [InlineData("wrong-audience")]
    [InlineData("expired")]
    [InlineData("bad-signature")]
    [InlineData("replay-nonce")]
    public async Task SignIn_IdTokenFailsACheck_IsRefused(string tamper)
    {
        using (var earlier = fixture.App.NewSession())
        {
            // A completed sign-in first, so that there is an earlier nonce to replay.
            (await SignInThroughProviderAsync(earlier, "pat.practitioner", "/caseload")).ShouldBe("/caseload");
        }

        await fixture.Provider.TamperAsync(tamper);
        using var session = fixture.App.NewSession();

        var landing = await SignInThroughProviderAsync(session, "pat.practitioner", "/caseload");

        await ShouldBeRefusedAsync(session, landing);
    }

    [Fact]
    public async Task Callback_ReplayedInAnotherBrowser_IsRefused()
    {
        using var first = fixture.App.NewSession();
        var callback = await CallbackFromProviderAsync(first, "pat.practitioner", "/caseload");
        using var attacker = fixture.App.NewSession();

        var response = await attacker.Client.GetAsync(callback);

        await ShouldBeRefusedAsync(attacker, response.Headers.Location!.OriginalString);
    }

    private static async Task ShouldBeRefusedAsync(WebSession session, string landing)
    {
        landing.ShouldBe($"/sign-in?{SsoDefaults.FailedQuery}=true");
        var page = await session.GetPageAsync(landing);
        page.ErrorSummary.ShouldHaveSingleItem().ShouldStartWith("Signing in with your organisation's account did not work");
        (await session.Client.GetAsync("/caseload")).Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }

    /// <summary>Follows the whole code flow as a browser would; returns where the app sends the person afterwards.</summary>
    [Fact]
    public async Task SignOut_AfterSignInThroughTheProvider_EndsTheProvidersSessionToo()
    {
        using var session = fixture.App.NewSession();
        await SignInThroughProviderAsync(session, "pat.practitioner", "/caseload");
        var home = await session.GetPageAsync("/");

        var response = await session.SubmitAsync(home, "form[action='/sign-out']");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!;
        location.GetLeftPart(UriPartial.Path).ShouldBe(new Uri(fixture.Provider.Issuer, "/session/end").ToString());
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(location.Query);
        query["post_logout_redirect_uri"].ToString().ShouldBe("http://localhost/sign-in?signedOut=true");
        query["client_id"].ToString().ShouldBe(OidcTestProvider.ClientId);
        query["id_token_hint"].ToString().Split('.').Length.ShouldBe(3);
        (await session.Client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var browser = fixture.Provider.NewBrowser();
        // The provider checks the hint and the return address before it asks the person to confirm.
        var atProvider = await browser.GetAsync(location);
        atProvider.StatusCode.ShouldBe(HttpStatusCode.OK, await atProvider.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignOut_AfterSignInThroughTheProvider_ACopyOfTheCookieTakenBeforeIsRefused()
    {
        using var session = fixture.App.NewSession();
        var signedIn = await session.Client.GetAsync(await CallbackFromProviderAsync(session, "pat.practitioner", "/caseload"));
        var copy = CopiedCookie.From(signedIn);
        (await copy.GetAsync(fixture.App, "/caseload")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await session.SubmitAsync(await session.GetPageAsync("/"), "form[action='/sign-out']");

        (await copy.GetAsync(fixture.App, "/caseload")).LocalTarget().ShouldBe("/sign-in?ReturnUrl=%2Fcaseload&ended=signed-out");
    }

    [Fact]
    public async Task SignOut_AtTheTimeoutAfterSignInThroughTheProvider_ComesBackToSignInSayingWhy()
    {
        using var session = fixture.App.NewSession();
        await SignInThroughProviderAsync(session, "pat.practitioner", "/caseload");
        var home = await session.GetPageAsync("/");

        var response = await session.SubmitAsync(home, "form[action='/sign-out']", new Dictionary<string, string> { ["ended"] = "idle" });

        var atProvider = response.Headers.Location!;
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(atProvider.Query)["state"].ToString().ShouldBe("idle");
        var back = await ConfirmSignOutAtProviderAsync(atProvider);
        back.GetLeftPart(UriPartial.Authority).ShouldBe("http://localhost");
        back.PathAndQuery.ShouldBe("/sign-in?signedOut=true&state=idle");
        var signIn = await session.GetPageAsync(back.PathAndQuery);
        var banner = signIn.Document.QuerySelector("#session-ended")!;
        banner.TextContent.ShouldContain("You were signed out because you had not done anything for 20 minutes");
        banner.GetAttribute("data-shown-once").ShouldBe("signedOut state");
        (await session.GetPageAsync("/sign-in?signedOut=true")).Document.QuerySelector("#session-ended").ShouldBeNull();
    }

    [Fact]
    public async Task SignOut_LocalAccountWhereSsoIsOn_EndsOnlyFormulatesSession()
    {
        using var session = fixture.App.NewSession();
        await session.SignInAsync("demo.practitioner");
        var home = await session.GetPageAsync("/");

        var response = await session.SubmitAsync(home, "form[action='/sign-out']");

        response.Headers.Location!.OriginalString.ShouldBe("/sign-in?signedOut=true");
    }

    private async Task<string> SignInThroughProviderAsync(WebSession session, string account, string returnUrl)
    {
        var callback = await CallbackFromProviderAsync(session, account, returnUrl);
        var response = await session.Client.GetAsync(callback);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Says yes at the provider's sign-out, as a browser would; returns where the provider sends it afterwards.</summary>
    private async Task<Uri> ConfirmSignOutAtProviderAsync(Uri signOut)
    {
        using var browser = fixture.Provider.NewBrowser();
        var page = await (await browser.GetAsync(signOut)).Content.ReadAsStringAsync();
        var form = System.Text.RegularExpressions.Regex.Match(page, "<form[^>]*action=\"(?<action>[^\"]+)\".*?name=\"xsrf\" value=\"(?<xsrf>[^\"]+)\"", System.Text.RegularExpressions.RegexOptions.Singleline);
        form.Success.ShouldBeTrue(page);
        var confirmed = await browser.PostAsync(
            new Uri(form.Groups["action"].Value),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["xsrf"] = form.Groups["xsrf"].Value, ["logout"] = "yes" }));
        ((int)confirmed.StatusCode).ShouldBeInRange(300, 399, await confirmed.Content.ReadAsStringAsync());
        return confirmed.Headers.Location!;
    }

    private async Task<string> CallbackFromProviderAsync(WebSession session, string account, string returnUrl)
    {
        var challenge = await session.Client.GetAsync($"/sign-in/sso?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        var next = challenge.Headers.Location!;
        using var browser = fixture.Provider.NewBrowser();
        for (var hop = 0; hop < 10; hop++)
        {
            if (next.IsAbsoluteUri && next.Host == "localhost")
            {
                next.AbsolutePath.ShouldBe("/sign-in/sso/callback");
                return next.PathAndQuery;
            }

            var response = await browser.GetAsync(next);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                // The provider's sign-in form.
                var interaction = next.IsAbsoluteUri ? next : new Uri(fixture.Provider.Issuer, next);
                response = await browser.PostAsync(interaction, new FormUrlEncodedContent(new Dictionary<string, string> { ["login"] = account }));
            }

            ((int)response.StatusCode).ShouldBeInRange(300, 399, await response.Content.ReadAsStringAsync());
            next = response.Headers.Location!;
            if (!next.IsAbsoluteUri)
            {
                next = new Uri(fixture.Provider.Issuer, next);
            }
        }

        throw new InvalidOperationException("The provider never sent the browser back to Formulate.");
    }
}
