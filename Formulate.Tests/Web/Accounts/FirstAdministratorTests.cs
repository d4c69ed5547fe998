using System.Net;
using System.Text.RegularExpressions;
using Formulate.Data.Entities;
using Formulate.Tests.Reliability.Support;
using Formulate.Tests.Web.Support;
using Formulate.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Accounts;

public sealed partial class FirstAdministratorTests
{
    private static readonly Dictionary<string, string?> LiveWithFirstAdministrator = new()
    {
        ["Formulate:Data:SeedDemoData"] = "false",
        ["Formulate:SignIn:FirstAdministrator"] = "council.admin",
    };

    [Fact]
    public async Task StartUp_LiveInstallWithNobodyToAdministerAccounts_MakesTheNamedConfigurationManagerWhoseLoggedPasswordSignsIn()
    {
        var logs = new CapturedLogs();
        using var factory = LoggedWebApp.Create(logs, LiveWithFirstAdministrator);
        using var session = factory.NewSession();
        await session.GetPageAsync("/sign-in");

        var password = Passwords(logs).Single();

        password.ShouldNotBeNullOrEmpty();
        (await session.SignInAsync("council.admin", password)).LocalTarget().ShouldBe("/");
        (await AccountAsync(factory, "council.admin"))!.MustChangePassword.ShouldBeTrue();
        var change = await session.GetPageAsync((await session.Client.GetAsync("/accounts")).LocalTarget());
        change.Document.QuerySelector("#must-change-password").ShouldNotBeNull();
        var changed = await session.SubmitAsync(change, "form:has(#NewPassword)", new Dictionary<string, string>
        {
            ["CurrentPassword"] = password,
            ["NewPassword"] = "a password of my own",
            ["ConfirmPassword"] = "a password of my own",
        });
        changed.LocalTarget().ShouldBe("/accounts");
        (await session.GetPageAsync("/accounts")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var entries = await AuditActionsAsync(factory);
        entries.ShouldContain("First administrator account added");
    }

    [Fact]
    public async Task StartUp_AnActiveConfigurationManagerExists_LeavesAccountsAlone()
    {
        var logs = new CapturedLogs();
        using var factory = LoggedWebApp.Create(logs, LiveWithFirstAdministrator);
        using var session = factory.NewSession();
        await session.GetPageAsync("/sign-in");
        var hash = (await AccountAsync(factory, "council.admin"))!.PasswordHash;

        await factory.Services.GetRequiredService<FirstAdministrator>().EnsureAsync();

        (await AccountAsync(factory, "council.admin"))!.PasswordHash.ShouldBe(hash);
        Passwords(logs).Count.ShouldBe(1);
    }

    [Fact]
    public async Task StartUp_DemoDataOn_MakesNoFirstAdministrator()
    {
        using var factory = new FormulateWebFactory(new Dictionary<string, string?> { ["Formulate:SignIn:FirstAdministrator"] = "council.admin" });
        using var session = factory.NewSession();
        await session.GetPageAsync("/sign-in");

        (await AccountAsync(factory, "council.admin")).ShouldBeNull();
    }

    [Fact]
    public async Task StartUp_NamedAccountDeactivatedAndNoAdministratorLeft_BringsItBackWithANewPassword()
    {
        var logs = new CapturedLogs();
        using var factory = LoggedWebApp.Create(logs, LiveWithFirstAdministrator);
        using var session = factory.NewSession();
        await session.GetPageAsync("/sign-in");
        var old = Passwords(logs).Single();
        await DemoRecords.ChangeAccountAsync(factory.Services, "council.admin", account => account.IsActive = false);

        await factory.Services.GetRequiredService<FirstAdministrator>().EnsureAsync();

        var account = (await AccountAsync(factory, "council.admin"))!;
        account.IsActive.ShouldBeTrue();
        account.MustChangePassword.ShouldBeTrue();
        var passwords = Passwords(logs);
        passwords.Count.ShouldBe(2);
        passwords[1].ShouldNotBe(old);
        (await session.SignInAsync("council.admin", passwords[1])).LocalTarget().ShouldBe("/");
        (await AuditActionsAsync(factory)).ShouldContain("First administrator account restored");
    }

    [Fact]
    public async Task StartUp_AnOlderAccountDiffersOnlyByCase_BringsBackTheExactOne()
    {
        var logs = new CapturedLogs();
        using var factory = LoggedWebApp.Create(logs, LiveWithFirstAdministrator);
        using var session = factory.NewSession();
        await session.GetPageAsync("/sign-in");
        await using (var context = await DemoRecords.ContextAsync(factory.Services))
        {
            context.UserAccounts.Add(new UserAccount { UserName = "Council.Admin", DisplayName = "An older account", IsActive = false });
            await context.SaveChangesAsync();
        }

        await DemoRecords.ChangeAccountAsync(factory.Services, "council.admin", account => account.IsActive = false);

        await factory.Services.GetRequiredService<FirstAdministrator>().EnsureAsync();

        (await AccountAsync(factory, "council.admin"))!.IsActive.ShouldBeTrue();
        (await AccountAsync(factory, "Council.Admin"))!.IsActive.ShouldBeFalse();
    }

    [Fact]
    public async Task EnsureAsync_NamedUserNameNotAcceptable_SaysWhatIsWrongWithTheSetting()
    {
        using var factory = new FormulateWebFactory(new Dictionary<string, string?>
        {
            ["Formulate:Data:SeedDemoData"] = "false",
            ["Formulate:SignIn:FirstAdministrator"] = "ok",
        });

        var thrown = await Should.ThrowAsync<InvalidOperationException>(() => factory.Services.GetRequiredService<FirstAdministrator>().EnsureAsync());

        thrown.Message.ShouldContain("Formulate:SignIn:FirstAdministrator is not a user name Formulate accepts");
        thrown.Message.ShouldContain("characters or more");
    }

    private static async Task<UserAccount?> AccountAsync(FormulateWebFactory factory, string userName)
    {
        await using var context = await DemoRecords.ContextAsync(factory.Services);
        return await context.UserAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.UserName == userName);
    }

    private static async Task<List<string>> AuditActionsAsync(FormulateWebFactory factory)
    {
        await using var context = await DemoRecords.ContextAsync(factory.Services);
        return await context.AuditEntries.Select(entry => entry.Action).ToListAsync();
    }

    /// <summary>The password each start-up log entry gave, one per entry.</summary>
    private static List<string> Passwords(CapturedLogs logs) =>
        [.. logs.Entries.Select(entry => LoggedPassword().Match(entry)).Where(match => match.Success).Select(match => match.Groups["password"].Value)];

    [GeneratedRegex("with the password (?<password>[^,\\s]+), then")]
    private static partial Regex LoggedPassword();
}
