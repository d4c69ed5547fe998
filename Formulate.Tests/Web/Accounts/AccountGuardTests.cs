using System.Text.Json.Nodes;
using Formulate.Data.Audit;
using Formulate.Data.Entities;
using Formulate.Data.Seeding;
using Formulate.Tests.Web.Support;
using Formulate.Web.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Accounts;

/// <summary>
/// Changes nobody may make, so that someone can always administer accounts, and the audit log of account changes.
/// Each test has its own app: they change the demo configuration manager other tests sign in as.
/// </summary>
public sealed class AccountGuardTests
{
    private const string OwnDeactivation = "You cannot deactivate your own account. Ask another configuration manager to do it, so that you cannot lock yourself out by mistake.";

    private const string OwnRole = "You cannot take away your own configuration manager role. Ask another configuration manager to do it, so that you cannot lock yourself out by mistake.";

    [Fact]
    public async Task Deactivate_OwnAccount_IsRefused()
    {
        using var factory = new FormulateWebFactory();
        await factory.AddAsync(Role.ConfigurationManager);
        using var session = await SignedInAsync(factory);

        var refused = await AccountPages.PressAsync(session, await AccountPages.OpenAsync(session, factory, "demo.config"), "status");

        refused.ErrorSummary.ShouldBe([OwnDeactivation]);
        (await factory.FindAsync("demo.config")).IsActive.ShouldBeTrue();
        (await session.Client.GetAsync("/accounts")).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
    }

    [Fact]
    public async Task ChangeDetails_TakingAwayOwnConfigurationManagerRole_IsRefusedAndKeepsWhatWasTyped()
    {
        using var factory = new FormulateWebFactory();
        await factory.AddAsync(Role.ConfigurationManager);
        using var session = await SignedInAsync(factory);

        var refused = await AccountPages.ChangeDetailsAsync(session, await AccountPages.OpenAsync(session, factory, "demo.config"), "Renamed", "*none", "Auditor");

        refused.ErrorSummary.ShouldBe([OwnRole]);
        refused.Document.GetElementById("DisplayName")!.GetAttribute("value").ShouldBe("Renamed");
        var account = await factory.FindAsync("demo.config");
        account.DisplayName.ShouldBe("Demo Configuration Manager");
    }

    [Fact]
    public async Task ChangeDetails_OwnAccountKeepingTheRole_IsSaved()
    {
        using var factory = new FormulateWebFactory();
        using var session = await SignedInAsync(factory);

        var saved = await AccountPages.ChangeDetailsAsync(session, await AccountPages.OpenAsync(session, factory, "demo.config"),
            "Config Lead", "*none", "ConfigurationManager", "Auditor");

        saved.ErrorSummary.ShouldBeEmpty();
        (await session.Client.GetAsync("/audit")).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
    }

    [Fact]
    public async Task LastActiveConfigurationManager_CannotBeDeactivatedOrLoseTheRole()
    {
        using var factory = new FormulateWebFactory();
        var accounts = factory.Services.GetRequiredService<AccountAdministration>();
        // Someone signed in through the council's provider has no account here, so only the last-manager rule applies.
        var provider = new AccountAdministrator("sso.admin", AccountId: null);
        var config = await factory.FindAsync("demo.config");
        const string Last = "Demo Configuration Manager is the only active configuration manager, so they cannot";

        var deactivate = await accounts.SetActiveAsync(config.Id, config.Version, active: false, provider);
        var demote = await accounts.ChangeDetailsAsync(config.Id, config.Version, Form("Auditor"), [], provider);

        deactivate.Status.ShouldBe(AccountChangeStatus.Refused);
        deactivate.Problems.Single().Message.ShouldBe($"{Last} be deactivated: nobody could then administer accounts. Give another active account the configuration manager role first.");
        demote.Status.ShouldBe(AccountChangeStatus.Refused);
        demote.Problems.Single().Message.ShouldStartWith($"{Last} lose the configuration manager role");
        (await factory.FindAsync("demo.config")).IsActive.ShouldBeTrue();

        var other = await factory.FindAsync(await factory.AddAsync(Role.ConfigurationManager));
        (await accounts.SetActiveAsync(other.Id, other.Version, active: false, provider)).Status.ShouldBe(AccountChangeStatus.Saved);
        (await accounts.SetActiveAsync(config.Id, config.Version, active: false, provider)).Status.ShouldBe(AccountChangeStatus.Refused);

        var another = await factory.FindAsync(await factory.AddAsync(Role.ConfigurationManager));
        (await accounts.ChangeDetailsAsync(config.Id, config.Version, Form("Auditor"), [], provider)).Status.ShouldBe(AccountChangeStatus.Saved);
        (await accounts.SetActiveAsync(another.Id, another.Version, active: false, provider)).Status.ShouldBe(AccountChangeStatus.Refused);
    }

    [Fact]
    public async Task Changes_AreInTheAuditLogWithoutThePasswordHash()
    {
        using var factory = new FormulateWebFactory();
        using var session = await SignedInAsync(factory);
        var added = await AccountPages.AddAsync(session, "audit.me", "Audit Me", DemoAccounts.NorthTeam, "Practitioner");
        var password = added.Document.GetElementById("one-time-password")!.TextContent.Trim();
        var stamps = new List<string> { (await factory.FindAsync("audit.me")).SecurityStamp };
        var page = await AccountPages.OpenAsync(session, factory, "audit.me");
        page = await AccountPages.ChangeDetailsAsync(session, page, "Audit Me Too", DemoAccounts.SouthTeam, "TeamManager");
        page = await AccountPages.PressAsync(session, page, "password");
        stamps.Add((await factory.FindAsync("audit.me")).SecurityStamp);
        page = await AccountPages.PressAsync(session, page, "status");
        await AccountPages.PressAsync(session, page, "status");
        var hash = (await factory.FindAsync("audit.me")).PasswordHash!;
        var log = factory.Services.GetRequiredService<AuditLog>();

        var entries = (await log.SearchAsync(new AuditQuery { UserName = "demo.config" }))
            .Select(row => row.Entry).Where(entry => entry.Action.StartsWith("User account", StringComparison.Ordinal) || entry.Action == "Password reset").ToList();

        entries.Select(e => e.Action).ShouldBe(
            ["User account added", "User account changed", "Password reset", "User account deactivated", "User account reactivated"], ignoreOrder: true);
        foreach (var entry in entries)
        {
            $"{entry.BeforeJson}{entry.AfterJson}".ShouldNotContain(hash);
            $"{entry.BeforeJson}{entry.AfterJson}".ShouldNotContain(password);
            stamps.ShouldAllBe(stamp => !$"{entry.BeforeJson}{entry.AfterJson}".Contains(stamp, StringComparison.Ordinal));
        }

        var addedEntry = JsonNode.Parse(entries.Single(e => e.Action == "User account added").AfterJson!)!;
        addedEntry["User"]!["UserName"]!.GetValue<string>().ShouldBe("audit.me");
        addedEntry["User"]!["PasswordHash"]!.GetValue<string>().ShouldBe("(hidden)");
        addedEntry["User"]!["SecurityStamp"]!.GetValue<string>().ShouldBe("(hidden)");
        addedEntry["User"]!["MustChangePassword"]!.GetValue<bool>().ShouldBeTrue();
        var changed = entries.Single(e => e.Action == "User account changed");
        changed.AfterJson!.ShouldContain(DemoAccounts.SouthTeam);
        changed.AfterJson!.ShouldContain("TeamManager");
        changed.BeforeJson!.ShouldContain("Practitioner");
        var reset = JsonNode.Parse(entries.Single(e => e.Action == "Password reset").AfterJson!)!["User"]!;
        reset["PasswordHash"]!.GetValue<string>().ShouldBe("(hidden)");
        reset["SecurityStamp"]!.GetValue<string>().ShouldBe("(hidden)");
    }

    private static AccountForm Form(params string[] roles) => new() { DisplayName = "Demo Configuration Manager", Team = AccountForm.NoTeamChoice, Roles = roles };

    private static async Task<WebSession> SignedInAsync(FormulateWebFactory factory)
    {
        var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        return session;
    }
}
