using System.Net;
using Formulate.Data.Entities;
using Formulate.Tests.Web.Accounts;
using Formulate.Tests.Web.Support;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Tests.Web.SignIn;

/// <summary>
/// Each sign-in is a session kept on the server, which its cookie names: once the session ends, every copy of the cookie
/// is refused, however long the copy itself had left to run. Each test has its own app, as some change accounts.
/// </summary>
public sealed class ServerSessionTests
{
    [Fact]
    public async Task SignOut_CookieCopiedBeforehand_IsRefusedSayingTheSessionWasSignedOut()
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        var copy = CopiedCookie.From(await session.SignInAsync("demo.practitioner"));
        (await copy.GetAsync(factory, "/caseload")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await session.SubmitAsync(await session.GetPageAsync("/"), "form[action='/sign-out']");

        var response = await copy.GetAsync(factory, "/caseload");
        response.LocalTarget().ShouldBe("/sign-in?ReturnUrl=%2Fcaseload&ended=signed-out");
        var signIn = await session.GetPageAsync(response.LocalTarget());
        signIn.Document.QuerySelector("#session-ended")!.TextContent.ShouldContain("You have been signed out, perhaps in another tab or window");
        (await SessionsOfAsync(factory, "demo.practitioner")).Single().EndReason.ShouldBe(SessionEnd.SignedOut);
    }

    [Fact]
    public async Task Deactivate_CookieCopiedBeforehand_StaysRefusedAfterTheAccountIsReactivated()
    {
        using var factory = new FormulateWebFactory();
        var userName = await factory.AddAsync();
        using var user = factory.NewSession();
        var copy = CopiedCookie.From(await user.SignInAsync(userName, TestAccounts.Password));
        (await copy.GetAsync(factory, "/caseload")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var administrator = factory.NewSession();
        await administrator.SignInAsync("demo.config");

        var deactivated = await AccountPages.PressAsync(administrator, await AccountPages.OpenAsync(administrator, factory, userName), "status");
        await AccountPages.PressAsync(administrator, deactivated, "status");

        (await factory.FindAsync(userName)).IsActive.ShouldBeTrue();
        (await copy.GetAsync(factory, "/caseload")).LocalTarget().ShouldBe("/sign-in?ReturnUrl=%2Fcaseload&ended=account");
        (await user.Client.GetAsync("/caseload")).LocalTarget().ShouldBe("/sign-in?ReturnUrl=%2Fcaseload&ended=account");
        (await SessionsOfAsync(factory, userName)).Single().EndReason.ShouldBe(SessionEnd.AccountEnded);
    }

    [Fact]
    public async Task TimeLimit_CookieCopiedShortlyBefore_IsRefusedAndTheSessionIsRecordedAsEnded()
    {
        using var factory = new FormulateWebFactory(new Dictionary<string, string?> { ["Formulate:SignIn:MaxSessionHours"] = "1" });
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");
        for (var quarter = 1; quarter < 4; quarter++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(15));
            (await session.Client.GetAsync("/caseload")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        var copy = CopiedCookie.From(await session.Client.GetAsync("/caseload"));
        factory.Clock.Advance(TimeSpan.FromMinutes(6));

        (await session.Client.GetAsync("/caseload")).LocalTarget().ShouldBe("/sign-in?ReturnUrl=%2Fcaseload&ended=time-limit");
        (await copy.GetAsync(factory, "/caseload")).LocalTarget().ShouldBe("/sign-in?ReturnUrl=%2Fcaseload&ended=time-limit");
        var ended = (await SessionsOfAsync(factory, "demo.practitioner")).Single();
        ended.EndReason.ShouldBe(SessionEnd.TimeLimit);
        ended.EndedAt.ShouldBe(factory.Clock.GetUtcNow());
    }

    [Fact]
    public async Task ChangeOwnPassword_CookieOfAnotherSessionCopied_IsRefusedWhileThisSessionCarriesOn()
    {
        using var factory = new FormulateWebFactory();
        using var mine = factory.NewSession();
        using var other = factory.NewSession();
        await mine.SignInAsync("demo.practitioner");
        var copy = CopiedCookie.From(await other.SignInAsync("demo.practitioner"));

        var form = await mine.GetPageAsync("/account/password");
        await mine.SubmitAsync(form, "form:has(#NewPassword)", new Dictionary<string, string>
        {
            ["CurrentPassword"] = Formulate.Data.Seeding.DemoAccounts.Password,
            ["NewPassword"] = "correct horse battery staple",
            ["ConfirmPassword"] = "correct horse battery staple",
        });

        (await copy.GetAsync(factory, "/caseload")).LocalTarget().ShouldBe("/sign-in?ReturnUrl=%2Fcaseload&ended=password");
        (await mine.Client.GetAsync("/caseload")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var sessions = await SessionsOfAsync(factory, "demo.practitioner");
        sessions.Count(s => s.EndReason == SessionEnd.PasswordChanged).ShouldBe(1);
        sessions.Count(s => !s.HasEnded).ShouldBe(1);
    }

    [Fact]
    public async Task Request_CookieFromBeforeSessionsWereKept_IsRefused()
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        await using (var context = await DemoRecords.ContextAsync(factory.Services))
        {
            await context.SignInSessions.ExecuteDeleteAsync();
        }

        (await session.Client.GetAsync("/caseload")).LocalTarget().ShouldBe("/sign-in?ReturnUrl=%2Fcaseload&ended=signed-out");
    }

    [Fact]
    public async Task SignIn_SessionsBegunLongAgo_AreLetGo()
    {
        using var factory = new FormulateWebFactory();
        using var old = factory.NewSession();
        await old.SignInAsync("demo.practitioner");
        factory.Clock.Advance(SignInSession.KeptFor - TimeSpan.FromMinutes(1));
        using var recent = factory.NewSession();
        await recent.SignInAsync("demo.practitioner");

        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        using var now = factory.NewSession();
        await now.SignInAsync("demo.practitioner");

        (await SessionsOfAsync(factory, "demo.practitioner")).Select(s => s.StartedAt).Order()
            .ShouldBe([factory.Clock.GetUtcNow() - TimeSpan.FromMinutes(2), factory.Clock.GetUtcNow()]);
    }

    private static async Task<List<SignInSession>> SessionsOfAsync(FormulateWebFactory factory, string userName)
    {
        await using var context = await DemoRecords.ContextAsync(factory.Services);
        return await context.SignInSessions.AsNoTracking().Where(s => s.UserName == userName).ToListAsync();
    }
}
