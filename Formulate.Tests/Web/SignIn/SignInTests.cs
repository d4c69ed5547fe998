using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Formulate.Data.Entities;
using Formulate.Data.Seeding;
using Formulate.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Formulate.Tests.Web.SignIn;

public sealed class SignInTests(FormulateWebFactory factory) : IClassFixture<FormulateWebFactory>
{
    [Fact]
    public async Task SignInPage_Anonymous_ShowsTheFormWithAntiforgery()
    {
        using var session = factory.NewSession();

        var page = await session.GetPageAsync("/sign-in");

        page.Response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        var form = page.Document.QuerySelector<IHtmlFormElement>("form")!;
        form.Method.ShouldBe("post");
        form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value.ShouldNotBeNullOrEmpty();
        page.Document.QuerySelector("label[for=UserName]")!.TextContent.Trim().ShouldBe("User name");
        page.Document.QuerySelector("label[for=Password]")!.TextContent.Trim().ShouldBe("Password");
        page.Document.GetElementById("UserName")!.GetAttribute("name").ShouldBe("UserName");
        page.Document.GetElementById("Password")!.GetAttribute("type").ShouldBe("password");
        form.QuerySelector("button[type=submit]")!.TextContent.Trim().ShouldBe("Sign in");
    }

    [Fact]
    public async Task SignIn_DemoAccount_RedirectsToReturnUrlSignedIn()
    {
        using var session = factory.NewSession();

        var response = await session.SignInAsync("demo.practitioner", returnUrl: "/not-a-real-page?x=1");

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        response.LocalTarget().ShouldBe("/not-a-real-page?x=1");
        (await session.GetPageAsync("/")).Response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task SignIn_ReturnUrlOffSite_RedirectsHome(string returnUrl)
    {
        using var session = factory.NewSession();

        var response = await session.SignInAsync("demo.manager", returnUrl: returnUrl);

        response.LocalTarget().ShouldBe("/");
    }

    [Fact]
    public async Task SignIn_FormOpenedBeforeSigningInInAnotherTab_AsksToSignInAgainWithTheReturnUrlKept()
    {
        using var session = factory.NewSession();
        var otherTab = await session.GetPageAsync("/sign-in?ReturnUrl=%2Fcaseload");
        (await session.SignInAsync("demo.practitioner")).StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);

        var response = await session.SubmitAsync(otherTab, "form:has(#UserName)", new Dictionary<string, string> { ["UserName"] = "demo.manager", ["Password"] = DemoAccounts.Password });

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.SeeOther);
        var target = response.LocalTarget();
        target.ShouldStartWith("/sign-in?");
        target.ShouldContain("ReturnUrl=%2Fcaseload");
        var again = await session.GetPageAsync(target);
        again.Document.QuerySelector(".staff-banner")!.TextContent.ShouldContain("Enter your user name and password again");
        var signedIn = await session.SubmitAsync(again, "form:has(#UserName)", new Dictionary<string, string> { ["UserName"] = "demo.manager", ["Password"] = DemoAccounts.Password });
        signedIn.LocalTarget().ShouldBe("/caseload");
    }

    [Fact]
    public async Task SignIn_UserNameInAnotherCase_SignsInAsTheAccount()
    {
        using var session = factory.NewSession();

        var response = await session.SignInAsync("Demo.Practitioner");

        response.LocalTarget().ShouldBe("/");
        var caseload = await session.GetPageAsync("/caseload");
        caseload.Response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        caseload.Document.Body!.TextContent.ShouldContain("Demo Practitioner");
    }

    [Fact]
    public async Task SignIn_SeveralOlderAccountsDifferOnlyByCase_TheExactOneSignsIn()
    {
        using var app = new FormulateWebFactory();
        const string password = "an older account's password";
        await using (var context = await DemoRecords.ContextAsync(app.Services))
        {
            foreach (var userName in new[] { "Sam.Older", "sam.older", "SAM.OLDER" })
            {
                var account = new UserAccount { UserName = userName, DisplayName = $"Account {userName}", Team = DemoAccounts.NorthTeam };
                account.PasswordHash = new PasswordHasher<UserAccount>().HashPassword(account, password);
                account.Roles.Add(new UserRole { UserAccountId = account.Id, Role = Role.Practitioner });
                context.UserAccounts.Add(account);
            }

            await context.SaveChangesAsync();
        }

        foreach (var userName in new[] { "Sam.Older", "sam.older", "SAM.OLDER" })
        {
            using var session = app.NewSession();
            (await session.SignInAsync(userName, password)).LocalTarget().ShouldBe("/");
            (await session.GetPageAsync("/caseload")).Document.Body!.TextContent.ShouldContain($"Account {userName}");
        }
    }

    [Fact]
    public async Task SignIn_EmptyFields_ShowsSummaryAndInlineErrors()
    {
        using var session = factory.NewSession();

        var page = await session.SignInExpectingPageAsync("", "");

        page.ErrorSummary.ShouldBe(["Enter your user name", "Enter your password"]);
        page.InlineError("UserName").ShouldBe("Enter your user name");
        page.InlineError("Password").ShouldBe("Enter your password");
        page.Document.Title!.ShouldStartWith("Error:");
        page.Document.QuerySelector(".staff-error-summary__list a")!.GetAttribute("href").ShouldBe("#UserName");
    }

    [Fact]
    public async Task SignIn_WrongPasswordOrUnknownUser_ShowsTheSameMessage()
    {
        using var session = factory.NewSession();
        var userName = await factory.AddAsync();

        var wrongPassword = await session.SignInExpectingPageAsync(userName, "not-the-password");
        var unknownUser = await session.SignInExpectingPageAsync("nobody.here", TestAccounts.Password);

        wrongPassword.ErrorSummary.ShouldBe(["Enter a correct user name and password"]);
        unknownUser.ErrorSummary.ShouldBe(["Enter a correct user name and password"]);
        wrongPassword.InlineError("UserName").ShouldBe("Enter a correct user name and password");
        wrongPassword.Document.GetElementById("UserName")!.GetAttribute("value").ShouldBe(userName);
        wrongPassword.Document.GetElementById("Password")!.GetAttribute("value").ShouldBeNull();
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksForAMinute()
    {
        using var session = factory.NewSession();
        var userName = await factory.AddAsync();

        for (var i = 0; i < 4; i++)
        {
            (await session.SignInExpectingPageAsync(userName, "wrong")).ErrorSummary.ShouldBe(["Enter a correct user name and password"]);
        }

        var fifth = await session.SignInExpectingPageAsync(userName, "wrong");
        var rightButLocked = await session.SignInExpectingPageAsync(userName, TestAccounts.Password);

        fifth.ErrorSummary.ShouldBe(["There have been too many failed attempts to sign in with this user name. Wait 1 minute, then try again"]);
        rightButLocked.ErrorSummary.ShouldBe(fifth.ErrorSummary);
        (await factory.FindAsync(userName)).LockoutEndsAt.ShouldBe(factory.Clock.Now.AddMinutes(1));
    }

    [Fact]
    public async Task SignIn_AfterLockoutEnds_SucceedsAndResetsTheCount()
    {
        using var session = factory.NewSession();
        var userName = await factory.AddAsync();
        for (var i = 0; i < 5; i++)
        {
            await session.SignInAsync(userName, "wrong");
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        var response = await session.SignInAsync(userName, TestAccounts.Password);

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        var account = await factory.FindAsync(userName);
        account.FailedSignInCount.ShouldBe(0);
        account.LockoutEndsAt.ShouldBeNull();
    }

    [Fact]
    public async Task SignIn_Success_ResetsTheFailureCount()
    {
        using var session = factory.NewSession();
        var userName = await factory.AddAsync();
        for (var i = 0; i < 4; i++)
        {
            await session.SignInAsync(userName, "wrong");
        }

        (await factory.FindAsync(userName)).FailedSignInCount.ShouldBe(4);
        (await session.SignInAsync(userName, TestAccounts.Password)).StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);

        (await factory.FindAsync(userName)).FailedSignInCount.ShouldBe(0);
    }

    [Fact]
    public async Task SignIn_InactiveAccount_IsRefused()
    {
        using var session = factory.NewSession();
        var userName = await factory.AddAsync(active: false);

        var page = await session.SignInExpectingPageAsync(userName, TestAccounts.Password);

        page.ErrorSummary.ShouldBe(["Your account has been deactivated. Ask your Formulate administrator to reactivate it"]);
        (await session.GetPageAsync("/")).Response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task SignIn_OldFormatHash_IsRehashed()
    {
        using var session = factory.NewSession();
        var oldHasher = new PasswordHasher<UserAccount>(Options.Create(new PasswordHasherOptions
        {
            CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV2,
        }));
        var userName = await factory.AddAsync(hasher: oldHasher);
        var before = (await factory.FindAsync(userName)).PasswordHash;

        (await session.SignInAsync(userName, TestAccounts.Password)).StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);

        var after = await factory.FindAsync(userName);
        after.PasswordHash.ShouldNotBe(before);
        factory.Services.GetRequiredService<IPasswordHasher<UserAccount>>().VerifyHashedPassword(after, after.PasswordHash!, TestAccounts.Password)
            .ShouldBe(PasswordVerificationResult.Success);
    }

    [Fact]
    public async Task SignedInPage_Header_ShowsDisplayNameAndSignOutButton()
    {
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");

        var page = await session.GetPageAsync("/");

        var account = page.Document.QuerySelector("header nav[aria-label='Your account']")!;
        account.TextContent.ShouldContain("Demo Configuration Manager");
        var form = account.QuerySelector<IHtmlFormElement>("form")!;
        form.GetAttribute("action").ShouldBe("/sign-out");
        form.Method.ShouldBe("post");
        form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value.ShouldNotBeNullOrEmpty();
        form.QuerySelector("button")!.TextContent.Trim().ShouldBe("Sign out");
    }

    [Fact]
    public void DemoAccounts_EachRole_HasAnAccountAndManagersTwo()
    {
        DemoAccounts.All.Select(a => a.Role).Distinct().ShouldBe(Enum.GetValues<Role>(), ignoreOrder: true);
        DemoAccounts.All.Count(a => a.Role == Role.TeamManager).ShouldBe(2);
    }
}
