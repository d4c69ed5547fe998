using System.Net;
using Formulate.Data.Entities;
using Formulate.Data.Seeding;
using Formulate.Tests.Web.Accounts;
using Formulate.Tests.Web.Support;

namespace Formulate.Tests.Web.SignIn;

/// <summary>
/// A new password ends every other session of the account: whoever knew the old one keeps no session. The tests share
/// an app, each changing the password of an account of its own; the one that moves the clock has its own app.
/// </summary>
[Collection(SharedWebAppGroup.Name)]
public sealed class PasswordChangeSessionTests(FormulateWebFactory shared)
{
    private const string NewPassword = "correct horse battery staple";

    [Fact]
    public async Task ChangeOwnPassword_AnotherSessionOfTheAccount_IsSignedOutSayingWhyWhileThisOneCarriesOn()
    {
        var factory = shared;
        var userName = await factory.AddAsync();
        using var mine = factory.NewSession();
        using var other = factory.NewSession();
        await mine.SignInAsync(userName, TestAccounts.Password);
        await other.SignInAsync(userName, TestAccounts.Password);
        (await other.Client.GetAsync("/caseload")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await ChangeOwnPasswordAsync(mine, TestAccounts.Password, NewPassword)).LocalTarget().ShouldBe("/account/password?changed=true");

        var response = await other.Client.GetAsync("/caseload");
        response.LocalTarget().ShouldBe("/sign-in?ReturnUrl=%2Fcaseload&ended=password");
        var signIn = await other.GetPageAsync(response.LocalTarget());
        signIn.Document.QuerySelector("#session-ended")!.TextContent.ShouldContain("You have been signed out because the password for your account was changed");
        (await mine.Client.GetAsync("/caseload")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await mine.GetPageAsync("/account/password?changed=true")).Document.QuerySelector(".staff-banner[role=alert]").ShouldNotBeNull().TextContent.ShouldContain("Your password has been changed");
        (await other.SignInAsync(userName, NewPassword)).LocalTarget().ShouldBe("/");
        (await other.Client.GetAsync("/caseload")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ChangeOwnPassword_ThisSession_StillEndsAtItsLimitCountedFromSigningIn()
    {
        using var factory = new FormulateWebFactory(new Dictionary<string, string?> { ["Formulate:SignIn:MaxSessionHours"] = "1" });
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");
        factory.Clock.Advance(TimeSpan.FromMinutes(15));
        await ChangeOwnPasswordAsync(session, DemoAccounts.Password, NewPassword);

        factory.Clock.Advance(TimeSpan.FromMinutes(15));
        (await session.Client.GetAsync("/caseload")).StatusCode.ShouldBe(HttpStatusCode.OK);
        factory.Clock.Advance(TimeSpan.FromMinutes(15));
        (await session.Client.GetAsync("/caseload")).StatusCode.ShouldBe(HttpStatusCode.OK);
        factory.Clock.Advance(TimeSpan.FromMinutes(15));

        (await session.Client.GetAsync("/caseload")).LocalTarget().ShouldBe("/sign-in?ReturnUrl=%2Fcaseload&ended=time-limit");
    }

    [Fact]
    public async Task ResetPassword_ByAnAdministrator_EndsEverySessionOfTheAccount()
    {
        var factory = shared;
        var userName = await factory.AddAsync();
        var administratorName = await factory.AddAsync(Role.ConfigurationManager, team: null);
        using var first = factory.NewSession();
        using var second = factory.NewSession();
        await first.SignInAsync(userName, TestAccounts.Password);
        await second.SignInAsync(userName, TestAccounts.Password);
        (await first.Client.GetAsync("/caseload")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var administrator = factory.NewSession();
        await administrator.SignInAsync(administratorName, TestAccounts.Password);

        await AccountPages.PressAsync(administrator, await AccountPages.OpenAsync(administrator, factory, userName), "password");

        (await first.Client.GetAsync("/caseload")).LocalTarget().ShouldBe("/sign-in?ReturnUrl=%2Fcaseload&ended=password");
        (await second.Client.GetAsync("/people")).LocalTarget().ShouldBe("/sign-in?ReturnUrl=%2Fpeople&ended=password");
        (await administrator.Client.GetAsync("/accounts")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ResetPassword_TheAdministratorsOwnAccount_EndsTheirOtherSessionsToo()
    {
        var factory = shared;
        var userName = await factory.AddAsync(Role.ConfigurationManager);
        using var administrator = factory.NewSession();
        await administrator.SignInAsync(userName, TestAccounts.Password);

        var reset = await AccountPages.PressAsync(administrator, await AccountPages.OpenAsync(administrator, factory, userName), "password");

        reset.Document.GetElementById("one-time-password").ShouldNotBeNull();
        (await administrator.Client.GetAsync("/accounts")).LocalTarget().ShouldBe("/sign-in?ReturnUrl=%2Faccounts&ended=password");
    }

    [Fact]
    public async Task ChangeOwnPassword_AuditEntry_HidesTheHashAndTheStamp()
    {
        var factory = shared;
        var userName = await factory.AddAsync(Role.Auditor, team: null);
        using var session = factory.NewSession();
        await session.SignInAsync(userName, TestAccounts.Password);

        await ChangeOwnPasswordAsync(session, TestAccounts.Password, NewPassword);

        var account = await factory.FindAsync(userName);
        await using var context = await DemoRecords.ContextAsync(factory.Services);
        var entry = context.AuditEntries.Single(e => e.Action == "Own password changed" && e.UserName == userName);
        var json = $"{entry.BeforeJson}{entry.AfterJson}";
        json.ShouldNotContain(account.SecurityStamp);
        json.ShouldNotContain(account.PasswordHash!);
        System.Text.Json.Nodes.JsonNode.Parse(entry.AfterJson!)!["User"]!["SecurityStamp"]!.GetValue<string>().ShouldBe("(hidden)");
    }

    private static async Task<HttpResponseMessage> ChangeOwnPasswordAsync(WebSession session, string current, string replacement)
    {
        var form = await session.GetPageAsync("/account/password");
        return await session.SubmitAsync(form, "form:has(#NewPassword)", new Dictionary<string, string>
        {
            ["CurrentPassword"] = current,
            ["NewPassword"] = replacement,
            ["ConfirmPassword"] = replacement,
        });
    }
}
