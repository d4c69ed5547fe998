using System.Net;
using Formulate.Data.Entities;
using Formulate.Data.Seeding;
using Formulate.Tests.Web.Support;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Tests.Web.SignIn;

/// <summary>
/// Changes to an account apply on its next request, not at its next sign-in. The tests share an app: each changes an
/// account of its own.
/// </summary>
[Collection(SharedWebAppGroup.Name)]
public sealed class AccountChangeTests(FormulateWebFactory shared)
{
    [Fact]
    public async Task Request_AccountDeactivatedSinceSignIn_SignsOutAndSaysWhy()
    {
        var factory = shared;
        var userName = await factory.AddAsync();
        using var session = factory.NewSession();
        await session.SignInAsync(userName, TestAccounts.Password);

        await DemoRecords.ChangeAccountAsync(factory.Services, userName, account => account.IsActive = false);
        var response = await session.Client.GetAsync("/caseload");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.LocalTarget().ShouldBe("/sign-in?ReturnUrl=%2Fcaseload&ended=account");
        var signIn = await session.GetPageAsync(response.LocalTarget());
        signIn.Document.QuerySelector("#session-ended")!.TextContent.ShouldContain("You have been signed out because your account has been deactivated");
        (await session.Client.GetAsync("/caseload")).LocalTarget().ShouldBe("/sign-in?ReturnUrl=%2Fcaseload");
    }

    [Fact]
    public async Task Request_AnonymousAddressAfterDeactivation_IsNotWhereTheAccountIsReadAgain()
    {
        var factory = shared;
        var userName = await factory.AddAsync();
        using var session = factory.NewSession();
        await session.SignInAsync(userName, TestAccounts.Password);
        await DemoRecords.ChangeAccountAsync(factory.Services, userName, account => account.IsActive = false);

        var health = await session.Client.GetAsync("/health/live");

        health.StatusCode.ShouldBe(HttpStatusCode.OK);
        health.Headers.Contains("Set-Cookie").ShouldBeFalse();
        (await session.Client.GetAsync("/caseload")).LocalTarget().ShouldBe("/sign-in?ReturnUrl=%2Fcaseload&ended=account");
    }

    [Fact]
    public async Task Request_AccountRemovedSinceSignIn_SignsOut()
    {
        var factory = shared;
        var userName = await factory.AddAsync(Role.Auditor, team: null);
        using var session = factory.NewSession();
        await session.SignInAsync(userName, TestAccounts.Password);

        await using (var context = await DemoRecords.ContextAsync(factory.Services))
        {
            await context.UserAccounts.Where(account => account.UserName == userName).ExecuteDeleteAsync();
        }

        (await session.Client.GetAsync("/audit")).LocalTarget().ShouldBe("/sign-in?ReturnUrl=%2Faudit&ended=account");
    }

    [Fact]
    public async Task Request_MovedToAnotherTeamSinceSignIn_WorksWithTheNewTeamsPeople()
    {
        var factory = shared;
        var userName = await factory.AddAsync();
        using var session = factory.NewSession();
        await session.SignInAsync(userName, TestAccounts.Password);
        var north = await DemoRecords.PersonIdAsync(factory.Services, "DEMO-0001");
        var south = await DemoRecords.PersonIdAsync(factory.Services, "DEMO-0004");
        (await session.Client.GetAsync($"/people/{south}")).LocalTarget().ShouldBe("/forbidden");

        await DemoRecords.ChangeAccountAsync(factory.Services, userName, account => account.Team = DemoAccounts.SouthTeam);

        (await session.Client.GetAsync($"/people/{south}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await session.Client.GetAsync($"/people/{north}")).LocalTarget().ShouldBe("/forbidden");
        var caseload = await session.GetPageAsync("/caseload");
        caseload.Document.QuerySelectorAll("tbody tr").Select(row => row.TextContent).ShouldAllBe(row => row.Contains(DemoAccounts.SouthTeam));
    }

    [Fact]
    public async Task Request_RoleTakenAwaySinceSignIn_PagesNeedingItAreForbidden()
    {
        var factory = shared;
        var userName = await factory.AddAsync(Role.ConfigurationManager, team: null);
        using var session = factory.NewSession();
        await session.SignInAsync(userName, TestAccounts.Password);
        (await session.Client.GetAsync("/configuration")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await DemoRecords.ChangeAccountAsync(factory.Services, userName, account =>
        {
            account.Roles.Clear();
            account.Roles.Add(new UserRole { UserAccountId = account.Id, Role = Role.Auditor });
        });

        (await session.Client.GetAsync("/configuration")).LocalTarget().ShouldStartWith("/forbidden");
        (await session.Client.GetAsync("/audit")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Request_AccountUnchanged_LeavesTheCookieAlone()
    {
        var factory = shared;
        var userName = await factory.AddAsync();
        using var session = factory.NewSession();
        await session.SignInAsync(userName, TestAccounts.Password);

        var response = await session.Client.GetAsync("/caseload");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.TryGetValues("Set-Cookie", out var cookies);
        (cookies ?? []).ShouldNotContain(cookie => cookie.StartsWith("Formulate.SignIn=", StringComparison.Ordinal));
    }
}
