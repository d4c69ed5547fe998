using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Formulate.Data.Entities;
using Formulate.Data.Seeding;
using Formulate.Tests.Web.Support;
using Formulate.Web.Security.Sso;
using Microsoft.AspNetCore.WebUtilities;

namespace Formulate.Tests.Web.Sso;

/// <summary>Single sign-on through the framework's OpenID Connect handler, against a generic OpenID Provider (npm oidc-provider) on loopback.</summary>
public sealed class SsoSignInTests(SsoFixture fixture) : IClassFixture<SsoFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => fixture.Provider.TamperAsync("none");

    public Task DisposeAsync() => Task.CompletedTask;

    private string ExternalIdOf(string account) => $"oidc|{fixture.Provider.Issuer.ToString().TrimEnd('/')}|{account}";

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

    /// <summary>The request itself (code flow, PKCE, state, nonce) goes to the provider's back channel first: only its handle is in the browser's address.</summary>
    [Fact]
    public async Task Challenge_ProviderOffersPushedAuthorization_SendsOnlyTheRequestsHandleThroughTheBrowser()
    {
        using var session = fixture.App.NewSession();

        var response = await session.Client.GetAsync("/sign-in/sso");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!;
        location.GetLeftPart(UriPartial.Path).ShouldBe(new Uri(fixture.Provider.Issuer, "/auth").ToString());
        var query = QueryHelpers.ParseQuery(location.Query);
        query["client_id"].ToString().ShouldBe(OidcTestProvider.ClientId);
        query["request_uri"].ToString().ShouldStartWith("urn:ietf:params:oauth:request_uri:");
        query.ShouldNotContainKey("code_challenge");
        query.ShouldNotContainKey("nonce");
    }

    [Fact]
    public async Task SignIn_PractitionerGroup_SignsInAsPractitionerOfTheMappedTeam()
    {
        using var session = fixture.App.NewSession();

        var landing = await ProviderSignIn.SignInAsync(session, fixture.Provider, "pat.practitioner", "/caseload");

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
    public async Task SignIn_ThroughTheProvider_HasNoChangePasswordLink()
    {
        using var session = fixture.App.NewSession();
        await ProviderSignIn.SignInAsync(session, fixture.Provider, "pat.practitioner", "/caseload");

        var home = await session.GetPageAsync("/");

        var account = home.Document.QuerySelector("header nav[aria-label='Your account']")!;
        account.QuerySelector("a[href='/account/password']").ShouldBeNull();
    }

    [Fact]
    public async Task SignIn_FirstAndSecondTime_KeepsOneAccountKeyedByIssuerAndSubjectAndAuditsEach()
    {
        var (landings, entries) = await SignInAudit.WhileAsync(fixture.App, async () =>
        {
            var first = await SignInOnceAsync("morgan.manager");
            var second = await SignInOnceAsync("morgan.manager");
            return (first, second);
        });

        landings.ShouldBe(("/sign-off", "/sign-off"));
        var account = (await SignInAudit.AccountAsync(fixture.App, ExternalIdOf("morgan.manager"))).ShouldNotBeNull();
        account.UserName.ShouldBe("morgan.manager");
        account.DisplayName.ShouldBe("Morgan Manager");
        account.PasswordHash.ShouldBeNull();
        account.Team.ShouldBe(DemoAccounts.SouthTeam);
        account.Roles.Select(role => role.Role).ShouldBe([Role.TeamManager]);
        var signIns = entries.Where(entry => entry.Action == SsoAccounts.SignedInAction).ToList();
        signIns.Count.ShouldBe(2);
        signIns.ShouldAllBe(entry => entry.UserName == "morgan.manager" && entry.EntityId == account.Id.ToString());
    }

    [Fact]
    public async Task SignIn_AccountDeactivatedByAnAdministrator_IsRefusedSayingWhyAndAudited()
    {
        (await SignInOnceAsync("dana.deactivated")).ShouldBe("/sign-off");
        await SignInAudit.SetActiveAsync(fixture.App, ExternalIdOf("dana.deactivated"), active: false);
        try
        {
            using var session = fixture.App.NewSession();

            var (landing, entries) = await SignInAudit.WhileAsync(fixture.App,
                () => ProviderSignIn.SignInAsync(session, fixture.Provider, "dana.deactivated", "/caseload"));

            await ShouldBeRefusedAsync(session, landing, SsoRefusal.Deactivated, "your Formulate account has been deactivated");
            ShouldBeAuditedRefusal(entries, SsoRefusal.Deactivated, "dana.deactivated");
        }
        finally
        {
            await SignInAudit.SetActiveAsync(fixture.App, ExternalIdOf("dana.deactivated"), active: true);
        }
    }

    [Fact]
    public async Task Session_AccountDeactivatedWhileSignedIn_EndsAtTheNextRequest()
    {
        using var session = fixture.App.NewSession();
        await ProviderSignIn.SignInAsync(session, fixture.Provider, "dana.deactivated", "/caseload");
        (await session.Client.GetAsync("/caseload")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await SignInAudit.SetActiveAsync(fixture.App, ExternalIdOf("dana.deactivated"), active: false);
        try
        {
            (await session.Client.GetAsync("/caseload")).LocalTarget().ShouldBe("/sign-in?ReturnUrl=%2Fcaseload&ended=account");
        }
        finally
        {
            await SignInAudit.SetActiveAsync(fixture.App, ExternalIdOf("dana.deactivated"), active: true);
        }
    }

    [Fact]
    public async Task SignIn_ManagerGroup_SignsInAsTeamManager()
    {
        using var session = fixture.App.NewSession();

        await ProviderSignIn.SignInAsync(session, fixture.Provider, "morgan.manager", "/sign-off");

        var queue = await session.GetPageAsync("/sign-off");
        queue.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        queue.Document.QuerySelector("header nav[aria-label='Your account']")!.TextContent.ShouldContain("Morgan Manager");
    }

    [Fact]
    public async Task SignIn_NoMappedGroup_IsRefusedSayingWhyAndAudited()
    {
        using var session = fixture.App.NewSession();

        var (landing, entries) = await SignInAudit.WhileAsync(fixture.App,
            () => ProviderSignIn.SignInAsync(session, fixture.Provider, "casey.unmapped", "/caseload"));

        await ShouldBeRefusedAsync(session, landing, SsoRefusal.Unmapped, "your account has not been given access to Formulate");
        ShouldBeAuditedRefusal(entries, SsoRefusal.Unmapped, "casey.unmapped");
        (await SignInAudit.AccountAsync(fixture.App, ExternalIdOf("casey.unmapped"))).ShouldBeNull();
    }

    /// <summary>The test provider signs a proper id_token, then its middleware (the script's tamper mode) changes and re-signs it.</summary>
    [Theory]
    [InlineData("wrong-issuer", SsoRefusal.WrongIssuer, "an identity provider that Formulate is not set up to trust")]
    [InlineData("wrong-audience", SsoRefusal.WrongAudience, "issued for a different application")]
    [InlineData("expired", SsoRefusal.Expired, "had expired")]
    [InlineData("bad-signature", SsoRefusal.BadSignature, "signature did not match")]
    [InlineData("replay-nonce", SsoRefusal.ReplayedNonce, "not the one this page started")]
    public async Task SignIn_IdTokenReSignedWrongByTheTestProvidersTamperMode_IsRefusedSayingWhyAndAudited(string tamper, SsoRefusal refusal, string message)
    {
        // A completed sign-in first, so that there is an earlier nonce to replay.
        (await SignInOnceAsync("pat.practitioner")).ShouldBe("/caseload");
        await fixture.Provider.TamperAsync(tamper);
        using var session = fixture.App.NewSession();

        var (landing, entries) = await SignInAudit.WhileAsync(fixture.App,
            () => ProviderSignIn.SignInAsync(session, fixture.Provider, "pat.practitioner", "/caseload"));

        await ShouldBeRefusedAsync(session, landing, refusal, message);
        ShouldBeAuditedRefusal(entries, refusal, "pat.practitioner");
    }

    [Fact]
    public async Task Callback_ReplayedInAnotherBrowser_IsRefusedSayingWhy()
    {
        using var first = fixture.App.NewSession();
        var callback = await ProviderSignIn.CallbackAsync(first, fixture.Provider, "pat.practitioner", "/caseload");
        using var attacker = fixture.App.NewSession();

        var (response, entries) = await SignInAudit.WhileAsync(fixture.App, () => attacker.Client.GetAsync(callback));

        await ShouldBeRefusedAsync(attacker, response.Headers.Location!.OriginalString, SsoRefusal.NotStartedHere, "came back to a different browser");
        ShouldBeAuditedRefusal(entries, SsoRefusal.NotStartedHere, "unknown");
    }

    [Fact]
    public async Task SignOut_AfterSignInThroughTheProvider_EndsTheProvidersSessionToo()
    {
        using var session = fixture.App.NewSession();
        await ProviderSignIn.SignInAsync(session, fixture.Provider, "pat.practitioner", "/caseload");
        var home = await session.GetPageAsync("/");

        var response = await session.SubmitAsync(home, "form[action='/sign-out']");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!;
        location.GetLeftPart(UriPartial.Path).ShouldBe(new Uri(fixture.Provider.Issuer, "/session/end").ToString());
        var query = QueryHelpers.ParseQuery(location.Query);
        query["post_logout_redirect_uri"].ToString().ShouldBe("http://localhost/sign-in/sso/signed-out");
        query["client_id"].ToString().ShouldBe(OidcTestProvider.ClientId);
        query["id_token_hint"].ToString().Split('.').Length.ShouldBe(3);
        (await session.Client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var back = await ProviderSignIn.ConfirmSignOutAsync(fixture.Provider, location);
        back.GetLeftPart(UriPartial.Path).ShouldBe("http://localhost/sign-in/sso/signed-out");
        (await session.Client.GetAsync(back.PathAndQuery)).Headers.Location!.OriginalString.ShouldBe("/sign-in?signedOut=true");
    }

    [Fact]
    public async Task SignOut_AfterSignInThroughTheProvider_ACopyOfTheCookieTakenBeforeIsRefused()
    {
        using var session = fixture.App.NewSession();
        var signedIn = await session.Client.GetAsync(await ProviderSignIn.CallbackAsync(session, fixture.Provider, "pat.practitioner", "/caseload"));
        var copy = CopiedCookie.From(signedIn);
        (await copy.GetAsync(fixture.App, "/caseload")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await session.SubmitAsync(await session.GetPageAsync("/"), "form[action='/sign-out']");

        (await copy.GetAsync(fixture.App, "/caseload")).LocalTarget().ShouldBe("/sign-in?ReturnUrl=%2Fcaseload&ended=signed-out");
    }

    [Fact]
    public async Task SignOut_AtTheTimeoutAfterSignInThroughTheProvider_ComesBackToSignInSayingWhy()
    {
        using var session = fixture.App.NewSession();
        await ProviderSignIn.SignInAsync(session, fixture.Provider, "pat.practitioner", "/caseload");
        var home = await session.GetPageAsync("/");

        var response = await session.SubmitAsync(home, "form[action='/sign-out']", new Dictionary<string, string> { ["ended"] = "idle" });

        var back = await ProviderSignIn.ConfirmSignOutAsync(fixture.Provider, response.Headers.Location!);
        back.GetLeftPart(UriPartial.Authority).ShouldBe("http://localhost");
        var landing = (await session.Client.GetAsync(back.PathAndQuery)).Headers.Location!.OriginalString;
        landing.ShouldBe("/sign-in?ended=idle");
        var signIn = await session.GetPageAsync(landing);
        var banner = signIn.Document.QuerySelector("#session-ended")!;
        banner.TextContent.ShouldContain("You were signed out because you had not done anything for 20 minutes");
        banner.GetAttribute("data-shown-once").ShouldBe("ended");
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

    private async Task<string> SignInOnceAsync(string account)
    {
        using var session = fixture.App.NewSession();
        return await ProviderSignIn.SignInAsync(session, fixture.Provider, account, account == "pat.practitioner" ? "/caseload" : "/sign-off");
    }

    internal static async Task ShouldBeRefusedAsync(WebSession session, string landing, SsoRefusal refusal, string message)
    {
        landing.ShouldBe($"/sign-in?{SsoDefaults.FailedQuery}={SsoRefusals.QueryValue(refusal)}");
        var page = await session.GetPageAsync(landing);
        var summary = page.ErrorSummary.ShouldHaveSingleItem();
        summary.ShouldStartWith("Signing in with ");
        summary.ShouldContain(message);
        (await session.Client.GetAsync("/caseload")).Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }

    internal static void ShouldBeAuditedRefusal(IReadOnlyList<AuditEntry> entries, SsoRefusal refusal, string userName)
    {
        var entry = entries.ShouldHaveSingleItem();
        entry.Action.ShouldBe(SsoAccounts.RefusedAction);
        entry.UserName.ShouldBe(userName);
        JsonDocument.Parse(entry.AfterJson!).RootElement.GetProperty("Reason").GetString().ShouldBe(refusal.ToString());
    }
}
