using System.Net;
using Formulate.Data.Entities;
using Formulate.Data.People;
using Formulate.Data.Seeding;
using Formulate.Tests.Web.Support;
using Formulate.Web.Components.Moj;
using AngleSharp.Html.Parser;
using Formulate.Web.Accounts;
using Formulate.Web.Components.Pages.Accounts;
using Formulate.Web.Security;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Formulate.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Accounts;

/// <summary>The user account pages, on accounts each test adds: the demo accounts other tests sign in with are left alone.</summary>
public sealed class AccountsPageTests(FormulateWebFactory factory) : IClassFixture<FormulateWebFactory>
{
    [Fact]
    public async Task List_ConfigurationManager_ShowsEveryAccountWithTeamRolesAndStatus()
    {
        var deactivated = await factory.AddAsync(active: false);
        var locked = await factory.AddAsync(Role.Auditor);
        var until = factory.Clock.GetUtcNow().AddMinutes(10);
        await AccountPages.ChangeAsync(factory, locked, account => account.LockoutEndsAt = until);
        using var session = await SignedInAsync();

        var page = await session.GetPageAsync("/accounts");

        page.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading.ShouldBe("User accounts");
        var practitioner = Row(page, "demo.practitioner");
        practitioner.ShouldBe(["demo.practitioner", "Demo Practitioner", DemoAccounts.NorthTeam, "Practitioner", "Active"]);
        Row(page, "demo.config").ShouldBe(["demo.config", "Demo Configuration Manager", "None", "Configuration manager", "Active"]);
        Row(page, deactivated)[4].ShouldBe("Deactivated");
        Row(page, locked)[4].ShouldBe($"Locked until {MojDate.DateTime(until)}");
        var link = page.Document.QuerySelectorAll("#accounts tbody th a").Single(a => a.TextContent == "demo.practitioner");
        link.GetAttribute("href").ShouldBe($"/accounts/{await AccountPages.IdOfAsync(factory, "demo.practitioner")}");
        page.Document.GetElementById("local-accounts-off").ShouldBeNull();
    }

    [Fact]
    public async Task List_LocalAccountsSwitchedOff_SaysNoneOfThemCanSignIn()
    {
        // Rendered directly: with local accounts off, only someone signed in through the council's provider reaches the page.
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(factory.Services.GetRequiredService<AccountAdministration>())
            .AddSingleton(Options.Create(new FormulateSignInOptions { LocalAccountsEnabled = false }))
            .BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());

        var html = await renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<AccountsPage>()).ToHtmlString());

        var document = new HtmlParser().ParseDocument(html);
        document.GetElementById("local-accounts-off")!.TextContent.ShouldContain("Formulate's own accounts are switched off, so none of these accounts can sign in");
        document.QuerySelectorAll("#accounts tbody tr").Length.ShouldBeGreaterThanOrEqualTo(DemoAccounts.All.Count);
    }

    [Fact]
    public async Task ConfigurationHome_LinksToUserAccountsNextToApiKeys()
    {
        using var session = await SignedInAsync();

        var links = (await session.GetPageAsync("/configuration")).Document.QuerySelectorAll("#configuration-links a").Select(a => a.GetAttribute("href")).ToList();

        links.IndexOf("/accounts").ShouldBe(links.IndexOf("/api-keys") + 1);
    }

    [Fact]
    public async Task Add_Practitioner_ShowsThePasswordOnceAndItSignsIn()
    {
        using var session = await SignedInAsync();

        var added = await AccountPages.AddAsync(session, "  sam.jones  ", "Sam Jones", DemoAccounts.SouthTeam, "Practitioner");

        added.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        added.Response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        added.Heading.ShouldBe("Account added");
        var password = added.Document.GetElementById("one-time-password")!.TextContent.Trim();
        password.Length.ShouldBe(23);
        added.Document.QuerySelector(".staff-warning-text")!.TextContent.ShouldContain("This is the only time you can see this password");
        var account = await factory.FindAsync("sam.jones");
        account.DisplayName.ShouldBe("Sam Jones");
        account.Team.ShouldBe(DemoAccounts.SouthTeam);
        account.PasswordHash.ShouldNotBeNull().ShouldNotContain(password);
        (await session.GetPageAsync($"/accounts/{account.Id}")).Document.GetElementById("one-time-password").ShouldBeNull();

        using var newcomer = factory.NewSession();
        (await newcomer.SignInAsync("sam.jones", password)).LocalTarget().ShouldBe("/");
        var change = await newcomer.GetPageAsync((await newcomer.Client.GetAsync("/caseload")).LocalTarget());
        var changed = await newcomer.SubmitAsync(change, "form:has(#NewPassword)", new Dictionary<string, string>
        {
            ["CurrentPassword"] = password,
            ["NewPassword"] = "a password of my own",
            ["ConfirmPassword"] = "a password of my own",
        });
        var caseload = await newcomer.GetPageAsync(changed.LocalTarget());
        caseload.Document.QuerySelectorAll("tbody tr").Select(row => row.TextContent).ShouldAllBe(row => row.Contains(DemoAccounts.SouthTeam));
    }

    [Fact]
    public async Task Add_NewTeamAndSeveralRoles_SavesThemAll()
    {
        using var session = await SignedInAsync();

        var added = await AccountPages.AddAsync(session,
        [
            new("UserName", "riley.new"), new("DisplayName", "Riley New"), new("Team", "*new"), new("NewTeam", " East Locality Team "),
            new("Roles", "TeamManager"), new("Roles", "Auditor"),
        ]);

        added.Heading.ShouldBe("Account added");
        var account = await factory.FindAsync("riley.new");
        account.Team.ShouldBe("East Locality Team");
        var roles = (await session.GetPageAsync($"/accounts/{account.Id}")).Document.GetElementById("account-summary")!.TextContent;
        roles.ShouldContain("Team manager, Auditor");
    }

    [Fact]
    public async Task Add_NewTeamSpelledLikeAKnownOne_UsesTheKnownSpelling()
    {
        using var session = await SignedInAsync();

        await AccountPages.AddAsync(session,
            [new("UserName", "kit.known"), new("DisplayName", "Kit"), new("Team", "*new"), new("NewTeam", "north locality team"), new("Roles", "Practitioner")]);

        (await factory.FindAsync("kit.known")).Team.ShouldBe(DemoAccounts.NorthTeam);
    }

    [Fact]
    public async Task Add_AuditorWithNoTeam_IsAdded()
    {
        using var session = await SignedInAsync();

        var added = await AccountPages.AddAsync(session, "ana.auditor", "Ana Auditor", "*none", "Auditor");

        added.Heading.ShouldBe("Account added");
        (await factory.FindAsync("ana.auditor")).Team.ShouldBeNull();
    }

    [Theory]
    [InlineData("Practitioner", "Select a team: a practitioner only sees their own team's people, so they need a team")]
    [InlineData("TeamManager", "Select a team: a team manager only sees their own team's people, so they need a team")]
    public async Task Add_RoleNeedingATeamWithoutOne_SaysATeamIsNeeded(string role, string message)
    {
        using var session = await SignedInAsync();

        var refused = await AccountPages.AddAsync(session, $"no.team.{role}", "No Team", "*none", role);

        refused.ErrorSummary.ShouldBe([message]);
        refused.InlineError("Team").ShouldBe(message);
        (await AccountPages.AddAsync(session, [new("UserName", $"unset.team.{role}"), new("DisplayName", "No Team"), new("Roles", role)]))
            .InlineError("Team").ShouldBe(message);
    }

    [Theory]
    [InlineData("UserName", "", "Enter a user name")]
    [InlineData("UserName", "  ", "Enter a user name")]
    [InlineData("UserName", "ab", "User name must be 3 characters or more")]
    [InlineData("UserName", "a123456789012345678901234567890123456789012345678901234567890123456789", "User name must be 64 characters or fewer: it has 70")]
    [InlineData("UserName", "sam jones", "User name must start with a letter or number and use only letters a to z, numbers, full stops (.), hyphens (-), underscores (_) and @, with no spaces")]
    [InlineData("UserName", ".sam", "User name must start with a letter or number and use only letters a to z, numbers, full stops (.), hyphens (-), underscores (_) and @, with no spaces")]
    [InlineData("UserName", "sám", "User name must start with a letter or number and use only letters a to z, numbers, full stops (.), hyphens (-), underscores (_) and @, with no spaces")]
    [InlineData("DisplayName", " ", "Enter the display name, the name other people see, for example Sam Jones")]
    [InlineData("DisplayName", "201", "Display name must be 200 characters or fewer: it has 201")]
    [InlineData("NewTeam", "", "Enter the name of the new team")]
    [InlineData("NewTeam", "101", "Team name must be 100 characters or fewer: it has 101")]
    [InlineData("NewTeam", "*stars", "Team name must start with a letter or number")]
    [InlineData("Roles", "", "Select at least one role")]
    [InlineData("Roles", "Administrator", "Select at least one role")]
    public async Task Add_Invalid_SaysWhatIsWrongAndKeepsWhatWasTyped(string field, string value, string message)
    {
        using var session = await SignedInAsync();
        var fields = new Dictionary<string, string>
        {
            ["UserName"] = $"valid.{Guid.NewGuid():N}"[..20], ["DisplayName"] = "Valid Name", ["Team"] = "*new", ["NewTeam"] = "West Team", ["Roles"] = "Auditor",
        };
        fields[field] = int.TryParse(value, out var length) ? new string('x', length) : value;

        var refused = await AccountPages.AddAsync(session, fields.Where(f => f.Value.Length > 0 || f.Key != "Roles"));

        refused.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        refused.Document.Title!.ShouldStartWith("Error: Add an account");
        refused.ErrorSummary.ShouldBe([message]);
        refused.InlineError(field).ShouldBe(message);
        refused.Document.GetElementById("one-time-password").ShouldBeNull();
        refused.Document.GetElementById("DisplayName")!.GetAttribute("value").ShouldBe(fields["DisplayName"]);
        refused.Document.GetElementById("NewTeam")!.GetAttribute("value").ShouldBe(fields["NewTeam"]);
    }

    [Fact]
    public async Task Add_UserNameTakenInAnotherCase_SaysSo()
    {
        using var session = await SignedInAsync();

        var refused = await AccountPages.AddAsync(session, "Demo.Practitioner", "Another", DemoAccounts.NorthTeam, "Practitioner");

        refused.ErrorSummary.ShouldBe(["There is already an account with the user name Demo.Practitioner: enter a different user name"]);
        refused.InlineError("UserName").ShouldBe("There is already an account with the user name Demo.Practitioner: enter a different user name");
    }

    [Fact]
    public async Task ChangeTeamAndRoles_UsersNextRequestSeesTheNewTeamWithoutSigningInAgain()
    {
        var userName = await factory.AddAsync();
        using var user = factory.NewSession();
        await user.SignInAsync(userName, TestAccounts.Password);
        var south = await PersonAsync("DEMO-0004");
        (await user.Client.GetAsync($"/people/{south}")).LocalTarget().ShouldBe("/forbidden");
        using var session = await SignedInAsync();

        var changed = await AccountPages.ChangeDetailsAsync(session, await AccountPages.OpenAsync(session, factory, userName),
            "Test Person Moved", DemoAccounts.SouthTeam, "TeamManager");

        changed.Document.QuerySelector(".staff-banner.mud-alert-outlined-success")!.TextContent.ShouldContain("Changes to Test Person Moved's account saved");
        changed.Document.GetElementById("account-summary")!.TextContent.ShouldContain(DemoAccounts.SouthTeam);
        (await user.Client.GetAsync($"/people/{south}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await user.Client.GetAsync("/sign-off")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var caseload = await user.GetPageAsync("/caseload");
        caseload.Document.QuerySelectorAll("tbody tr").Select(row => row.TextContent).ShouldAllBe(row => row.Contains(DemoAccounts.SouthTeam));
    }

    [Fact]
    public async Task ChangeDetails_Invalid_SaysWhatIsWrongAndKeepsWhatWasTyped()
    {
        var userName = await factory.AddAsync();
        using var session = await SignedInAsync();

        var refused = await AccountPages.ChangeDetailsAsync(session, await AccountPages.OpenAsync(session, factory, userName), "Kept Name", "*none", "Practitioner");

        refused.ErrorSummary.ShouldBe(["Select a team: a practitioner only sees their own team's people, so they need a team"]);
        refused.Document.GetElementById("DisplayName")!.GetAttribute("value").ShouldBe("Kept Name");
        (await factory.FindAsync(userName)).Team.ShouldBe(DemoAccounts.NorthTeam);
    }

    [Fact]
    public async Task Deactivate_SignsTheUsersOpenSessionOutAndReactivateLetsThemBackIn()
    {
        var userName = await factory.AddAsync();
        using var user = factory.NewSession();
        await user.SignInAsync(userName, TestAccounts.Password);
        (await user.Client.GetAsync("/caseload")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var session = await SignedInAsync();

        var deactivated = await AccountPages.PressAsync(session, await AccountPages.OpenAsync(session, factory, userName), "status");

        deactivated.Document.QuerySelector(".staff-banner.mud-alert-outlined-success")!.TextContent.ShouldContain("Test Person's account is deactivated");
        deactivated.Document.GetElementById("account-summary")!.TextContent.ShouldContain("Deactivated");
        (await user.Client.GetAsync("/caseload")).LocalTarget().ShouldBe("/sign-in?ReturnUrl=%2Fcaseload&ended=account");
        (await user.SignInAsync(userName, TestAccounts.Password)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var reactivated = await AccountPages.PressAsync(session, deactivated, "status");

        reactivated.Document.QuerySelector(".staff-banner.mud-alert-outlined-success")!.TextContent.ShouldContain("Test Person's account is reactivated");
        (await user.SignInAsync(userName, TestAccounts.Password)).LocalTarget().ShouldBe("/");
    }

    [Fact]
    public async Task ResetPassword_OldOneFailsAndTheNewOneShownOnceSignsIn()
    {
        var userName = await factory.AddAsync();
        using var session = await SignedInAsync();

        var reset = await AccountPages.PressAsync(session, await AccountPages.OpenAsync(session, factory, userName), "password");

        reset.Response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        reset.Document.QuerySelector(".staff-banner.mud-alert-outlined-success")!.TextContent.ShouldContain("Password reset for Test Person");
        var password = reset.Document.GetElementById("one-time-password")!.TextContent.Trim();
        using var user = factory.NewSession();
        (await user.SignInAsync(userName, TestAccounts.Password)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await user.SignInAsync(userName, password)).LocalTarget().ShouldBe("/");
        (await AccountPages.OpenAsync(session, factory, userName)).Document.GetElementById("one-time-password").ShouldBeNull();
    }

    [Fact]
    public async Task Unlock_LockedAccount_CanSignInStraightAway()
    {
        var userName = await factory.AddAsync();
        using var user = factory.NewSession();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await user.SignInAsync(userName, "wrong password");
        }

        (await user.SignInExpectingPageAsync(userName, TestAccounts.Password)).ErrorSummary.Single().ShouldContain("too many failed attempts");
        using var session = await SignedInAsync();
        var page = await AccountPages.OpenAsync(session, factory, userName);
        page.Document.GetElementById("account-summary")!.TextContent.ShouldContain("Locked until");

        var unlocked = await AccountPages.PressAsync(session, page, "unlock");

        unlocked.Document.QuerySelector(".staff-banner.mud-alert-outlined-success")!.TextContent.ShouldContain("Test Person's account is unlocked");
        unlocked.Document.GetElementById("unlock").ShouldBeNull();
        var account = await factory.FindAsync(userName);
        account.LockoutEndsAt.ShouldBeNull();
        account.FailedSignInCount.ShouldBe(0);
        (await user.SignInAsync(userName, TestAccounts.Password)).LocalTarget().ShouldBe("/");
    }

    [Fact]
    public async Task Change_SomeoneElseChangedTheAccountFirst_IsRefusedAndKeepsWhatWasTyped()
    {
        var userName = await factory.AddAsync();
        using var session = await SignedInAsync();
        using var other = await SignedInAsync();
        var mine = await AccountPages.OpenAsync(session, factory, userName);
        await AccountPages.ChangeDetailsAsync(other, await AccountPages.OpenAsync(other, factory, userName), "Their Name", DemoAccounts.SouthTeam, "Practitioner");

        var refused = await AccountPages.ChangeDetailsAsync(session, mine, "My Name", DemoAccounts.NorthTeam, "Practitioner");

        refused.Document.Title!.ShouldStartWith("Error: ");
        refused.ErrorSummary.Single().ShouldStartWith("Someone else changed this account after you opened this page, so your change was not saved");
        refused.Document.GetElementById("DisplayName")!.GetAttribute("value").ShouldBe("My Name");
        refused.Document.GetElementById("account-summary")!.TextContent.ShouldContain(DemoAccounts.SouthTeam);
        (await factory.FindAsync(userName)).DisplayName.ShouldBe("Their Name");

        (await AccountPages.PressAsync(session, mine, "status")).ErrorSummary.Single().ShouldStartWith("Someone else changed this account");
        (await factory.FindAsync(userName)).IsActive.ShouldBeTrue();

        var saved = await AccountPages.ChangeDetailsAsync(session, refused, "My Name", DemoAccounts.NorthTeam, "Practitioner");
        saved.Document.QuerySelector(".staff-banner.mud-alert-outlined-success").ShouldNotBeNull();
        (await factory.FindAsync(userName)).DisplayName.ShouldBe("My Name");
    }

    [Theory]
    [InlineData("/accounts/00000000-0000-0000-0000-000000000001")]
    [InlineData("/accounts/not-an-id")]
    [InlineData("/accounts/123")]
    public async Task Account_UnknownOrMalformedId_SaysAccountNotFound(string url)
    {
        using var session = await SignedInAsync();

        var page = await session.GetPageAsync(url);

        page.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Document.Title.ShouldBe("Account not found - Formulate");
        page.Heading.ShouldBe("Account not found");
    }

    [Theory]
    [InlineData("demo.practitioner")]
    [InlineData("demo.manager")]
    [InlineData("demo.auditor")]
    public async Task AccountPages_OtherRoles_AreForbidden(string userName)
    {
        using var session = factory.NewSession();
        await session.SignInAsync(userName);
        var id = await AccountPages.IdOfAsync(factory, "demo.practitioner");

        foreach (var url in new[] { "/accounts", "/accounts/new", $"/accounts/{id}" })
        {
            var target = (await session.Client.GetAsync(url)).LocalTarget();
            target.ShouldStartWith("/forbidden?", customMessage: url);
            (await session.Client.GetAsync(target)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, url);
        }
    }

    private async Task<WebSession> SignedInAsync()
    {
        var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        return session;
    }

    private static List<string> Row(HtmlPage page, string userName) =>
    [
        .. page.Document.QuerySelectorAll("#accounts tbody tr")
            .Single(row => row.QuerySelector("th")!.TextContent.Trim() == userName)
            .Children.Select(cell => cell.TextContent.Trim()),
    ];

    private async Task<Guid> PersonAsync(string caseReference)
    {
        await using var context = await factory.Services.GetRequiredService<IDbContextFactory<FormulateDbContext>>().CreateDbContextAsync();
        return await context.PeopleWithCaseReference(caseReference).Select(p => p.Id).SingleAsync();
    }
}
