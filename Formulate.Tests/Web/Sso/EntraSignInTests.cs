using System.Net;
using Formulate.Data.Entities;
using Formulate.Data.Seeding;
using Formulate.Web.Security.Sso;
using Microsoft.AspNetCore.WebUtilities;

namespace Formulate.Tests.Web.Sso;

/// <summary>
/// Single sign-on with Microsoft Entra ID through Microsoft.Identity.Web, against a provider shaped like Entra ID
/// (npm oidc-provider over HTTPS on loopback: discovery under /{tenant}/v2.0, tid, oid and roles claims), so that
/// Identity.Web's own authority and issuer validation run as they would against Entra ID.
/// </summary>
public sealed class EntraSignInTests(EntraSsoFixture fixture) : IClassFixture<EntraSsoFixture>, IAsyncLifetime
{
    private const string PatObjectId = "0a0a0a0a-0000-4000-8000-000000000001";

    public Task InitializeAsync() => fixture.Provider.TamperAsync("none");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Challenge_SingleTenant_GoesToTheTenantsV2AuthorityWithCodePkceStateAndNonceInTheQuery()
    {
        using var session = fixture.SingleTenant.NewSession();

        var response = await session.Client.GetAsync("/sign-in/sso");

        var location = response.Headers.Location!;
        location.GetLeftPart(UriPartial.Path).ShouldBe($"{fixture.Provider.Instance}{OidcTestProvider.TenantId}/v2.0/auth");
        var query = QueryHelpers.ParseQuery(location.Query);
        query["response_type"].ToString().ShouldBe("code");
        // Answered in the query, the code flow's default, which the handler leaves unsaid.
        query.ShouldNotContainKey("response_mode");
        query["client_id"].ToString().ShouldBe(OidcTestProvider.ClientId);
        query["code_challenge_method"].ToString().ShouldBe("S256");
        query["code_challenge"].ToString().ShouldNotBeNullOrEmpty();
        query["state"].ToString().ShouldNotBeNullOrEmpty();
        query["nonce"].ToString().Length.ShouldBeGreaterThanOrEqualTo(40);
        query["redirect_uri"].ToString().ShouldBe(OidcTestProvider.RedirectUri);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        cookies.Count(cookie => cookie.StartsWith(".AspNetCore.Correlation.", StringComparison.Ordinal)).ShouldBe(1);
        cookies.ShouldAllBe(cookie => cookie.Contains("path=/sign-in/sso/callback") && cookie.Contains("samesite=lax") && cookie.Contains("httponly"));
    }

    [Fact]
    public async Task SignIn_SingleTenantAppRoles_SignsInWithTheMappedRoleAndTeamAndAnAccountKeyedByTenantAndObjectId()
    {
        using var session = fixture.SingleTenant.NewSession();

        var (landing, entries) = await SignInAudit.WhileAsync(fixture.SingleTenant,
            () => ProviderSignIn.SignInAsync(session, fixture.Provider, "pat.practitioner", "/caseload"));

        landing.ShouldBe("/caseload");
        var caseload = await session.GetPageAsync("/caseload");
        caseload.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        caseload.Document.QuerySelector("header nav[aria-label='Your account']")!.TextContent.ShouldContain("Pat Practitioner");
        caseload.Document.QuerySelectorAll("tbody tr").Select(row => row.TextContent).ShouldAllBe(row => row.Contains(DemoAccounts.NorthTeam));
        var account = (await SignInAudit.AccountAsync(fixture.SingleTenant, $"entra|{OidcTestProvider.TenantId}|{PatObjectId}")).ShouldNotBeNull();
        account.UserName.ShouldBe("pat.practitioner");
        account.Roles.Select(role => role.Role).ShouldBe([Role.Practitioner]);
        account.Team.ShouldBe(DemoAccounts.NorthTeam);
        entries.ShouldHaveSingleItem().Action.ShouldBe(SsoAccounts.SignedInAction);
    }

    [Fact]
    public async Task SignIn_SingleTenantTokenOfAnotherTenantMadeByTheTestProvidersTamperMode_IsRefusedByIdentityWebSayingWhyAndAudited()
    {
        await fixture.Provider.TamperAsync("other-tenant");
        using var session = fixture.SingleTenant.NewSession();

        var (landing, entries) = await SignInAudit.WhileAsync(fixture.SingleTenant,
            () => ProviderSignIn.SignInAsync(session, fixture.Provider, "pat.practitioner", "/caseload"));

        await SsoSignInTests.ShouldBeRefusedAsync(session, landing, SsoRefusal.WrongTenant, "belongs to a different organisation (Microsoft Entra tenant)");
        SsoSignInTests.ShouldBeAuditedRefusal(entries, SsoRefusal.WrongTenant, "pat.practitioner");
    }

    [Fact]
    public async Task SignIn_SingleTenantTokenFromAnotherIssuerMadeByTheTestProvidersTamperMode_IsRefusedByIdentityWebSayingWhyAndAudited()
    {
        await fixture.Provider.TamperAsync("wrong-issuer");
        using var session = fixture.SingleTenant.NewSession();

        var (landing, entries) = await SignInAudit.WhileAsync(fixture.SingleTenant,
            () => ProviderSignIn.SignInAsync(session, fixture.Provider, "pat.practitioner", "/caseload"));

        await SsoSignInTests.ShouldBeRefusedAsync(session, landing, SsoRefusal.WrongIssuer, "an identity provider that Formulate is not set up to trust");
        SsoSignInTests.ShouldBeAuditedRefusal(entries, SsoRefusal.WrongIssuer, "pat.practitioner");
    }

    [Fact]
    public async Task SignIn_AppRoleNotMapped_IsRefusedSayingWhyAndAudited()
    {
        using var session = fixture.SingleTenant.NewSession();

        var (landing, entries) = await SignInAudit.WhileAsync(fixture.SingleTenant,
            () => ProviderSignIn.SignInAsync(session, fixture.Provider, "casey.unmapped", "/caseload"));

        await SsoSignInTests.ShouldBeRefusedAsync(session, landing, SsoRefusal.Unmapped, "your account has not been given access to Formulate");
        SsoSignInTests.ShouldBeAuditedRefusal(entries, SsoRefusal.Unmapped, "casey.unmapped");
    }

    [Fact]
    public async Task SignIn_ClientCertificateAndNoSecret_RedeemsTheCodeWithAnAssertionSignedByTheCertificateAndSignsIn()
    {
        // The provider's client for this app has no secret: it takes only a client assertion signed with the registered certificate's key.
        using var session = fixture.RegisteredCertificate.NewSession();

        var (landing, entries) = await SignInAudit.WhileAsync(fixture.RegisteredCertificate,
            () => ProviderSignIn.SignInAsync(session, fixture.Provider, "pat.practitioner", "/caseload"));

        landing.ShouldBe("/caseload");
        var caseload = await session.GetPageAsync("/caseload");
        caseload.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        caseload.Document.QuerySelector("header nav[aria-label='Your account']")!.TextContent.ShouldContain("Pat Practitioner");
        entries.ShouldHaveSingleItem().Action.ShouldBe(SsoAccounts.SignedInAction);
    }

    [Fact]
    public async Task SignIn_ClientCertificateTheProviderDoesNotKnow_IsRefusedByTheTokenEndpointSayingWhyAndAudited()
    {
        using var session = fixture.UnregisteredCertificate.NewSession();

        var (landing, entries) = await SignInAudit.WhileAsync(fixture.UnregisteredCertificate,
            () => ProviderSignIn.SignInAsync(session, fixture.Provider, "pat.practitioner", "/caseload"));

        await SsoSignInTests.ShouldBeRefusedAsync(session, landing, SsoRefusal.ClientRejected, "did not accept Formulate's own credential (its certificate or client secret)");
        // The code was never redeemed, so no id_token names the person.
        SsoSignInTests.ShouldBeAuditedRefusal(entries, SsoRefusal.ClientRejected, "unknown");
    }

    [Fact]
    public async Task SignIn_OrganisationsAuthorityAllowedTenant_SignsIn()
    {
        using var session = fixture.MultiTenant.NewSession();

        var landing = await ProviderSignIn.SignInAsync(session, fixture.Provider, "morgan.manager", "/sign-off");

        landing.ShouldBe("/sign-off");
        (await session.GetPageAsync("/sign-off")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SignIn_OrganisationsAuthorityIssuerNotOfTheTokensTenantMadeByTheTestProvidersTamperMode_IsRefusedByIdentityWeb()
    {
        await fixture.Provider.TamperAsync("tenant-mismatch");
        using var session = fixture.MultiTenant.NewSession();

        var (landing, entries) = await SignInAudit.WhileAsync(fixture.MultiTenant,
            () => ProviderSignIn.SignInAsync(session, fixture.Provider, "morgan.manager", "/sign-off"));

        await SsoSignInTests.ShouldBeRefusedAsync(session, landing, SsoRefusal.WrongIssuer, "an identity provider that Formulate is not set up to trust");
        SsoSignInTests.ShouldBeAuditedRefusal(entries, SsoRefusal.WrongIssuer, "morgan.manager");
    }

    [Fact]
    public async Task SignIn_OrganisationsAuthorityTenantNotAllowedMadeByTheTestProvidersTamperMode_IsRefusedSayingWhyAndAudited()
    {
        await fixture.Provider.TamperAsync("other-tenant");
        using var session = fixture.MultiTenant.NewSession();

        var (landing, entries) = await SignInAudit.WhileAsync(fixture.MultiTenant,
            () => ProviderSignIn.SignInAsync(session, fixture.Provider, "morgan.manager", "/sign-off"));

        await SsoSignInTests.ShouldBeRefusedAsync(session, landing, SsoRefusal.WrongTenant, "belongs to a different organisation (Microsoft Entra tenant)");
        SsoSignInTests.ShouldBeAuditedRefusal(entries, SsoRefusal.WrongTenant, "morgan.manager");
    }

    [Fact]
    public async Task SignOut_AfterSignInThroughEntra_GoesToTheTenantsEndSessionEndpointAndBack()
    {
        using var session = fixture.SingleTenant.NewSession();
        await ProviderSignIn.SignInAsync(session, fixture.Provider, "pat.practitioner", "/caseload");

        var response = await session.SubmitAsync(await session.GetPageAsync("/"), "form[action='/sign-out']");

        var location = response.Headers.Location!;
        location.GetLeftPart(UriPartial.Path).ShouldBe($"{fixture.Provider.Instance}{OidcTestProvider.TenantId}/v2.0/session/end");
        var back = await ProviderSignIn.ConfirmSignOutAsync(fixture.Provider, location);
        (await session.Client.GetAsync(back.PathAndQuery)).Headers.Location!.OriginalString.ShouldBe("/sign-in?signedOut=true");
    }
}
