using System.Net;
using Formulate.Data.People;
using Formulate.Data.Seeding;
using Formulate.Tests.Web.Support;
using Formulate.Web.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Accounts;

/// <summary>A password an administrator gave must be replaced by its owner before they can do anything else.</summary>
public sealed class MustChangePasswordTests(FormulateWebFactory factory) : IClassFixture<FormulateWebFactory>
{
    private const string OwnPassword = "four random words here";

    [Fact]
    public async Task AddedAccount_SignsIn_IsSentToChangeItsPasswordFromAnyPage()
    {
        var (userName, password) = await AddAccountAsync();
        using var user = factory.NewSession();

        (await user.SignInAsync(userName, password)).LocalTarget().ShouldBe("/");

        (await user.Client.GetAsync("/")).LocalTarget().ShouldBe("/account/password?ReturnUrl=%2F");
        (await user.Client.GetAsync("/caseload")).LocalTarget().ShouldBe("/account/password?ReturnUrl=%2Fcaseload");
        (await user.Client.GetAsync("/people/new?from=caseload")).LocalTarget().ShouldBe("/account/password?ReturnUrl=%2Fpeople%2Fnew%3Ffrom%3Dcaseload");
        (await user.Client.GetAsync("/audit")).LocalTarget().ShouldStartWith("/forbidden");
        (await user.Client.GetAsync("/forbidden")).LocalTarget().ShouldBe("/account/password?ReturnUrl=%2Fforbidden");
        var change = await user.GetPageAsync("/account/password?ReturnUrl=%2Fcaseload");
        change.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        change.Document.QuerySelector("#must-change-password")!.TextContent.ShouldContain("You need to choose your own password before you continue");
        change.Document.QuerySelector("#must-change-password")!.TextContent.ShouldContain("given to you by an administrator");
    }

    [Fact]
    public async Task AddedAccount_FormPostedElsewhere_IsSentToChangeThePasswordAndNothingIsSaved()
    {
        var (userName, password) = await AddAccountAsync();
        using var user = factory.NewSession();
        await user.SignInAsync(userName, password);
        var change = await user.GetPageAsync("/account/password");
        var token = change.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["_handler"] = "person", ["CaseReference"] = "MUST-0001" });

        var response = await user.Client.PostAsync("/people/new", form);

        response.LocalTarget().ShouldBe("/account/password");
        await using var context = await DemoRecords.ContextAsync(factory.Services);
        (await context.PeopleWithCaseReference("MUST-0001").AnyAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task AddedAccount_ChangesItsPassword_GoesOnToThePageItAskedForAndEverywhereAfter()
    {
        var (userName, password) = await AddAccountAsync();
        using var user = factory.NewSession();
        await user.SignInAsync(userName, password);
        var change = await user.GetPageAsync((await user.Client.GetAsync("/caseload")).LocalTarget());

        var changed = await user.SubmitAsync(change, "form:has(#NewPassword)", Fields(password, OwnPassword));

        changed.LocalTarget().ShouldBe("/caseload");
        (await user.Client.GetAsync("/caseload")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await user.Client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await user.GetPageAsync("/account/password")).Document.QuerySelector("#must-change-password").ShouldBeNull();
        (await factory.FindAsync(userName)).MustChangePassword.ShouldBeFalse();
    }

    [Fact]
    public async Task AddedAccount_WrongCurrentPassword_StaysOnTheChangePageSayingWhy()
    {
        var (userName, password) = await AddAccountAsync();
        using var user = factory.NewSession();
        await user.SignInAsync(userName, password);
        var change = await user.GetPageAsync("/account/password?ReturnUrl=%2Fcaseload");

        var page = await HtmlPage.ReadAsync(await user.SubmitAsync(change, "form:has(#NewPassword)", Fields("not it", OwnPassword)), change.Url);

        page.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.InlineError("CurrentPassword")!.ShouldContain("Your current password is not right");
        page.Document.QuerySelector("#must-change-password").ShouldNotBeNull();
        (await user.Client.GetAsync("/caseload")).LocalTarget().ShouldBe("/account/password?ReturnUrl=%2Fcaseload");
    }

    [Theory]
    [InlineData("https://elsewhere.example/")]
    [InlineData("//elsewhere.example/")]
    [InlineData("/sign-out")]
    public async Task AddedAccount_ReturnAddressNotOnThisSite_GoesHomeAfterChanging(string returnUrl)
    {
        var (userName, password) = await AddAccountAsync();
        using var user = factory.NewSession();
        await user.SignInAsync(userName, password);
        var change = await user.GetPageAsync($"/account/password?ReturnUrl={Uri.EscapeDataString(returnUrl)}");

        (await user.SubmitAsync(change, "form:has(#NewPassword)", Fields(password, OwnPassword))).LocalTarget().ShouldBe("/");
    }

    [Fact]
    public async Task AddedAccount_AddressesAnyoneMayOpenAndSigningOut_AreNotHeldBack()
    {
        var (userName, password) = await AddAccountAsync();
        using var user = factory.NewSession();
        await user.SignInAsync(userName, password);

        (await user.Client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await user.Client.GetAsync("/css/app.css")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await user.Client.GetAsync("/sign-in")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var change = await user.GetPageAsync("/account/password");
        var signedOut = await user.SubmitAsync(change, $"form[action='/sign-out']");
        signedOut.LocalTarget().ShouldBe("/sign-in?signedOut=true");
        (await user.Client.GetAsync("/caseload")).LocalTarget().ShouldBe("/sign-in?ReturnUrl=%2Fcaseload");
    }

    [Fact]
    public async Task AddedAccount_ChangePageKeepsTheSessionGoing_IsNotSentAway()
    {
        var (userName, password) = await AddAccountAsync();
        using var user = factory.NewSession();
        await user.SignInAsync(userName, password);
        var change = await user.GetPageAsync("/account/password");
        using var keepAlive = new HttpRequestMessage(HttpMethod.Post, "/session/keep-alive");
        keepAlive.Headers.Add("RequestVerificationToken", change.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!);

        var response = await user.Client.SendAsync(keepAlive);

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task AddedAccount_ApiKeyRequest_IsUnaffected()
    {
        var (userName, password) = await AddAccountAsync();
        using var user = factory.NewSession();
        await user.SignInAsync(userName, password);
        var key = (await factory.Services.GetRequiredService<ApiKeyStore>().CreateAsync("Case management system", "tests")).Key;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/question-set");
        request.Headers.Add(ApiKeyDefaults.HeaderName, key);

        (await user.Client.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ResetPassword_AfterTheOwnerChoseTheirOwn_MustBeChangedAgain()
    {
        var (userName, password) = await AddAccountAsync();
        using var user = factory.NewSession();
        await user.SignInAsync(userName, password);
        await user.SubmitAsync(await user.GetPageAsync("/account/password"), "form:has(#NewPassword)", Fields(password, OwnPassword));
        (await factory.FindAsync(userName)).MustChangePassword.ShouldBeFalse();
        using var administrator = await AdministratorAsync();

        var reset = await AccountPages.PressAsync(administrator, await AccountPages.OpenAsync(administrator, factory, userName), "password");

        var given = reset.Document.GetElementById("one-time-password")!.TextContent.Trim();
        (await factory.FindAsync(userName)).MustChangePassword.ShouldBeTrue();
        using var again = factory.NewSession();
        await again.SignInAsync(userName, given);
        (await again.Client.GetAsync("/caseload")).LocalTarget().ShouldBe("/account/password?ReturnUrl=%2Fcaseload");
    }

    [Fact]
    public async Task DemoAccounts_PasswordsPrintedForDemos_NeedNoChange()
    {
        await using (var context = await DemoRecords.ContextAsync(factory.Services))
        {
            (await context.UserAccounts.Where(a => a.UserName.StartsWith("demo.")).Select(a => a.MustChangePassword).ToListAsync())
                .ShouldAllBe(must => !must);
        }

        using var session = factory.NewSession();
        await session.SignInAsync("demo.manager");
        (await session.Client.GetAsync("/caseload")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await session.GetPageAsync("/account/password")).Document.QuerySelector("#must-change-password").ShouldBeNull();
    }

    private async Task<(string UserName, string Password)> AddAccountAsync()
    {
        var userName = $"new.{Guid.NewGuid():N}"[..16];
        using var administrator = await AdministratorAsync();
        var added = await AccountPages.AddAsync(administrator, userName, "New Starter", DemoAccounts.NorthTeam, "Practitioner");
        return (userName, added.Document.GetElementById("one-time-password")!.TextContent.Trim());
    }

    private async Task<WebSession> AdministratorAsync()
    {
        var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        return session;
    }

    private static Dictionary<string, string> Fields(string current, string replacement) => new()
    {
        ["CurrentPassword"] = current,
        ["NewPassword"] = replacement,
        ["ConfirmPassword"] = replacement,
    };
}
