using System.Net;
using Formulate.Data.Seeding;
using Formulate.Tests.Web.Support;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Tests.Web.Accounts;

/// <summary>
/// The test that changes the demo practitioner's password has its own app. The others share one: each is refused, and
/// checks that the password it leaves is the one it found.
/// </summary>
[Collection(SharedWebAppGroup.Name)]
public sealed class OwnPasswordPageTests(FormulateWebFactory shared)
{
    private const string NewPassword = "correct horse battery staple";

    [Fact]
    public async Task ChangePassword_FromTheHeader_ChangesItSaysSoAndTheOldOneNoLongerSignsIn()
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");
        var home = await session.GetPageAsync("/caseload");
        home.Document.QuerySelector("header nav[aria-label='Your account'] a[href='/account/password']")!.TextContent.ShouldBe("Change password");
        var form = await session.GetPageAsync("/account/password");

        var response = await session.SubmitAsync(form, "form:has(#NewPassword)", Fields(DemoAccounts.Password, NewPassword, NewPassword));

        response.LocalTarget().ShouldBe("/account/password?changed=true");
        (await session.GetPageAsync(response.LocalTarget())).Document.QuerySelector(".staff-banner.mud-alert-outlined-success")!.TextContent
            .ShouldContain("Your password has been changed");
        using var later = factory.NewSession();
        (await later.SignInExpectingPageAsync("demo.practitioner", DemoAccounts.Password)).ErrorSummary.ShouldNotBeEmpty();
        (await later.SignInAsync("demo.practitioner", NewPassword)).LocalTarget().ShouldBe("/");
        await using var context = await DemoRecords.ContextAsync(factory.Services);
        var entry = await context.AuditEntries.SingleAsync(e => e.Action == "Own password changed");
        entry.UserName.ShouldBe("demo.practitioner");
        (entry.AfterJson ?? "").ShouldNotContain(NewPassword);
    }

    [Theory]
    [InlineData("", NewPassword, NewPassword, "CurrentPassword", "Enter your current password")]
    [InlineData("not-my-password", NewPassword, NewPassword, "CurrentPassword", "Your current password is not right")]
    [InlineData(DemoAccounts.Password, "", "", "NewPassword", "Enter a new password")]
    [InlineData(DemoAccounts.Password, "short one", "short one", "NewPassword", "must be 12 characters or more: it has 9")]
    [InlineData(DemoAccounts.Password, DemoAccounts.Password, DemoAccounts.Password, "NewPassword", "must be different from your current password")]
    [InlineData(DemoAccounts.Password, "I am demo.practitioner!", "I am demo.practitioner!", "NewPassword", "must not contain your user name")]
    [InlineData(DemoAccounts.Password, NewPassword, "correct horse battery stapel", "ConfirmPassword", "The passwords do not match")]
    public async Task ChangePassword_Problem_SaysWhatIsWrongAgainstTheFieldAndKeepsThePassword(
        string current, string replacement, string confirmation, string field, string message)
    {
        var factory = shared;
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");
        var form = await session.GetPageAsync("/account/password");

        var page = await HtmlPage.ReadAsync(await session.SubmitAsync(form, "form:has(#NewPassword)", Fields(current, replacement, confirmation)), form.Url);

        page.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Document.Title!.ShouldStartWith("Error: ");
        page.InlineError(field)!.ShouldContain(message);
        using var later = factory.NewSession();
        (await later.SignInAsync("demo.practitioner")).LocalTarget().ShouldBe("/");
    }

    [Theory]
    [InlineData("password1234", "Choose a password that is harder to guess: this one is on a list of common passwords")]
    [InlineData("PASSWORD1234", "Choose a password that is harder to guess: this one is on a list of common passwords")]
    [InlineData("Liverpool2024!", "Choose a password that is harder to guess: this one is a common password with numbers or symbols added")]
    [InlineData("aaaaaaaaaaaa", "Choose a password that is harder to guess: this one is one character repeated")]
    [InlineData("abcdefghijklm", "Choose a password that is harder to guess: this one is a sequence of characters, such as abcd, 1234 or qwerty")]
    [InlineData("987654321098", "Choose a password that is harder to guess: this one is a sequence of characters, such as abcd, 1234 or qwerty")]
    [InlineData("abc123abc123", "Choose a password that is harder to guess: this one repeats the same few characters")]
    [InlineData("Practitioner2026!", "Choose a password that is harder to guess: this one is made from your name or user name")]
    [InlineData("DemoPractitioner123456", "Choose a password that is harder to guess: this one is made from your name or user name")]
    public async Task ChangePassword_EasyToGuess_SaysWhyAgainstTheNewPasswordAndKeepsTheOldOne(string replacement, string message)
    {
        var factory = shared;
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");
        var form = await session.GetPageAsync("/account/password");

        var page = await HtmlPage.ReadAsync(
            await session.SubmitAsync(form, "form:has(#NewPassword)", Fields(DemoAccounts.Password, replacement, replacement)), form.Url);

        page.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.ErrorSummary.ShouldBe([message]);
        page.InlineError("NewPassword")!.ShouldEndWith(message);
        (await factory.FindAsync("demo.practitioner")).MustChangePassword.ShouldBeFalse();
        using var later = factory.NewSession();
        (await later.SignInAsync("demo.practitioner")).LocalTarget().ShouldBe("/");
    }

    private static Dictionary<string, string> Fields(string current, string replacement, string confirmation) => new()
    {
        ["CurrentPassword"] = current,
        ["NewPassword"] = replacement,
        ["ConfirmPassword"] = confirmation,
    };
}
