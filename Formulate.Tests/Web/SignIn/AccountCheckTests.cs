using System.Security.Claims;
using Formulate.Data;
using Formulate.Tests.Web.Support;
using Formulate.Web.Security;
using Formulate.Web.Security.Sso;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Formulate.Data.Entities;

namespace Formulate.Tests.Web.SignIn;

/// <summary>
/// Tests that change an account use one of their own on the shared app; those that move the clock or need other
/// settings make their own app.
/// </summary>
[Collection(SharedWebAppGroup.Name)]
public sealed class AccountCheckTests(FormulateWebFactory shared)
{
    [Fact]
    public async Task CheckAsync_LocalAccountsSwitchedOffSinceSignIn_Ended()
    {
        using var factory = new FormulateWebFactory(new Dictionary<string, string?> { ["Formulate:SignIn:LocalAccountsEnabled"] = "false" });
        var user = await SignedInAsAsync(factory, "demo.practitioner");

        (await factory.Services.GetRequiredService<AccountCheck>().CheckAsync(user)).ShouldBe(AccountCheckOutcome.Ended);
    }

    [Fact]
    public async Task CheckAsync_AccountAsSignedIn_Unchanged()
    {
        var factory = shared;
        var userName = await factory.AddAsync(Role.TeamManager);
        var user = await SignedInAsAsync(factory, userName);

        (await factory.Services.GetRequiredService<AccountCheck>().CheckAsync(user)).ShouldBe(AccountCheckOutcome.Unchanged);
    }

    [Fact]
    public async Task CheckAsync_DisplayNameChanged_ChangedWithTheNewName()
    {
        var factory = shared;
        var userName = await factory.AddAsync(Role.TeamManager);
        var user = await SignedInAsAsync(factory, userName);
        await using (var context = await factory.Services.GetRequiredService<IDbContextFactory<FormulateDbContext>>().CreateDbContextAsync())
        {
            await context.UserAccounts.Where(a => a.UserName == userName).ExecuteUpdateAsync(set => set.SetProperty(a => a.DisplayName, "Pat Okafor"));
        }

        var outcome = await factory.Services.GetRequiredService<AccountCheck>().CheckAsync(user);

        outcome.Standing.ShouldBe(AccountStanding.Changed);
        AccountPrincipal.DisplayNameOf(outcome.Current!).ShouldBe("Pat Okafor");
        SessionClock.SignedInAt(outcome.Current!).ShouldBe(SessionClock.SignedInAt(user));
    }

    [Fact]
    public async Task CheckAsync_PasswordChangedSince_PasswordChanged()
    {
        var factory = shared;
        var userName = await factory.AddAsync(Role.TeamManager);
        var user = await SignedInAsAsync(factory, userName);
        await DemoRecords.ChangeAccountAsync(factory.Services, userName, account => account.RenewSecurityStamp());

        (await factory.Services.GetRequiredService<AccountCheck>().CheckAsync(user)).ShouldBe(AccountCheckOutcome.PasswordChanged);
    }

    [Fact]
    public async Task CheckAsync_SessionFromBeforeStampsWereKept_PasswordChanged()
    {
        var factory = shared;
        var userName = await factory.AddAsync(Role.TeamManager);
        var user = await SignedInAsAsync(factory, userName);
        var identity = (ClaimsIdentity)user.Identity!;
        identity.RemoveClaim(identity.FindFirst(FormulateClaimTypes.SecurityStamp));

        (await factory.Services.GetRequiredService<AccountCheck>().CheckAsync(user)).ShouldBe(AccountCheckOutcome.PasswordChanged);
    }

    [Fact]
    public async Task CheckAsync_PasswordMustBeChangedNow_ChangedCarryingTheFlag()
    {
        var factory = shared;
        var userName = await factory.AddAsync(Role.TeamManager);
        var user = await SignedInAsAsync(factory, userName);
        AccountPrincipal.MustChangePassword(user).ShouldBeFalse();
        await DemoRecords.ChangeAccountAsync(factory.Services, userName, account => account.MustChangePassword = true);

        var outcome = await factory.Services.GetRequiredService<AccountCheck>().CheckAsync(user);

        outcome.Standing.ShouldBe(AccountStanding.Changed);
        AccountPrincipal.MustChangePassword(outcome.Current!).ShouldBeTrue();
    }

    [Fact]
    public async Task OpenPage_PasswordChangedSince_DoesNotCarryOn()
    {
        var factory = shared;
        var userName = await factory.AddAsync();
        var user = await SignedInAsAsync(factory, userName);
        await DemoRecords.ChangeAccountAsync(factory.Services, userName, account => account.RenewSecurityStamp());

        (await Revalidation(factory).MayCarryOnAsync(user, CancellationToken.None)).ShouldBeFalse();
    }

    [Fact]
    public async Task OpenPage_WithinTheSessionLimitAndAccountUnchanged_CarriesOnUntilTheLimit()
    {
        using var factory = new FormulateWebFactory();
        var user = await SignedInAsAsync(factory, "demo.practitioner");
        var activity = new CircuitActivity(factory.Clock);
        var revalidation = Revalidation(factory, activity);

        (await revalidation.MayCarryOnAsync(user, CancellationToken.None)).ShouldBeTrue();
        factory.Clock.Advance(TimeSpan.FromHours(11.9));
        await activity.CreateInboundActivityHandler(_ => Task.CompletedTask)(null!);
        (await revalidation.MayCarryOnAsync(user, CancellationToken.None)).ShouldBeTrue();
        factory.Clock.Advance(TimeSpan.FromHours(0.1));
        (await revalidation.MayCarryOnAsync(user, CancellationToken.None)).ShouldBeFalse();
    }

    [Fact]
    public async Task OpenPage_AccountDeactivated_DoesNotCarryOn()
    {
        var factory = shared;
        var userName = await factory.AddAsync();
        var user = await SignedInAsAsync(factory, userName);
        await DemoRecords.ChangeAccountAsync(factory.Services, userName, account => account.IsActive = false);

        (await Revalidation(factory).MayCarryOnAsync(user, CancellationToken.None)).ShouldBeFalse();
    }

    [Fact]
    public async Task OpenPage_NothingDoneForTheSessionTimeout_DoesNotCarryOn()
    {
        using var factory = new FormulateWebFactory();
        var user = await SignedInAsAsync(factory, "demo.practitioner");
        var activity = new CircuitActivity(factory.Clock);
        var revalidation = Revalidation(factory, activity);

        factory.Clock.Advance(TimeSpan.FromMinutes(19));
        (await revalidation.MayCarryOnAsync(user, CancellationToken.None)).ShouldBeTrue();
        factory.Clock.Advance(TimeSpan.FromMinutes(1));

        (await revalidation.MayCarryOnAsync(user, CancellationToken.None)).ShouldBeFalse();
    }

    [Fact]
    public async Task OpenPage_SomethingDoneInIt_CountsTheTimeoutFromThen()
    {
        using var factory = new FormulateWebFactory(new Dictionary<string, string?> { ["Formulate:SignIn:SessionTimeoutMinutes"] = "5" });
        var user = await SignedInAsAsync(factory, "demo.practitioner");
        var activity = new CircuitActivity(factory.Clock);
        var revalidation = Revalidation(factory, activity);
        var inbound = activity.CreateInboundActivityHandler(_ => Task.CompletedTask);

        for (var minute = 1; minute <= 30; minute++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
            await inbound(null!);
            (await revalidation.MayCarryOnAsync(user, CancellationToken.None)).ShouldBeTrue($"after {minute} minutes of work");
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(4.9));
        (await revalidation.MayCarryOnAsync(user, CancellationToken.None)).ShouldBeTrue();
        factory.Clock.Advance(TimeSpan.FromMinutes(0.1));
        (await revalidation.MayCarryOnAsync(user, CancellationToken.None)).ShouldBeFalse();
    }

    [Fact]
    public async Task OpenPage_AppStopping_CarriesOnWithoutReadingTheAccount()
    {
        var factory = shared;
        var userName = await factory.AddAsync();
        var user = await SignedInAsAsync(factory, userName);
        using var stopping = new StoppingLifetime();
        var revalidation = Revalidation(factory, lifetime: stopping, check: new AccountCheck(new DisposedContexts(), factory.Services.GetRequiredService<IOptions<FormulateSignInOptions>>()));
        await Should.ThrowAsync<ObjectDisposedException>(() => revalidation.MayCarryOnAsync(user, CancellationToken.None));

        stopping.Stop();

        (await revalidation.MayCarryOnAsync(user, CancellationToken.None)).ShouldBeTrue();
    }

    private static AccountRevalidation Revalidation(
        FormulateWebFactory factory, CircuitActivity? activity = null, IHostApplicationLifetime? lifetime = null, AccountCheck? check = null) => new(
        NullLoggerFactory.Instance,
        check ?? factory.Services.GetRequiredService<AccountCheck>(),
        factory.Services.GetRequiredService<IOptions<FormulateSignInOptions>>(),
        factory.Clock,
        activity ?? new CircuitActivity(factory.Clock),
        lifetime ?? factory.Services.GetRequiredService<IHostApplicationLifetime>());

    /// <summary>The database as it is once the app's services have been disposed.</summary>
    private sealed class DisposedContexts : IDbContextFactory<FormulateDbContext>
    {
        public FormulateDbContext CreateDbContext() => throw new ObjectDisposedException("IServiceProvider");
    }

    private sealed class StoppingLifetime : IHostApplicationLifetime, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new();

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => _stopping.Token;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void Stop() => _stopping.Cancel();

        public void StopApplication() => Stop();

        public void Dispose() => _stopping.Dispose();
    }

    [Fact]
    public async Task CheckAsync_SignedInThroughTheCouncilsProviderWithLocalAccountsOff_Unchanged()
    {
        using var factory = new FormulateWebFactory(new Dictionary<string, string?> { ["Formulate:SignIn:LocalAccountsEnabled"] = "false" });
        var user = await SignedInThroughTheProviderAsync(factory);

        (await factory.Services.GetRequiredService<AccountCheck>().CheckAsync(user)).ShouldBe(AccountCheckOutcome.Unchanged);
    }

    [Fact]
    public async Task CheckAsync_SignedInThroughTheCouncilsProviderAndAccountDeactivatedSince_Ended()
    {
        using var factory = new FormulateWebFactory();
        var user = await SignedInThroughTheProviderAsync(factory);
        await using (var context = await factory.Services.GetRequiredService<IDbContextFactory<FormulateDbContext>>().CreateDbContextAsync())
        {
            (await context.UserAccounts.SingleAsync(a => a.ExternalId == ProviderIdentity)).IsActive = false;
            await context.SaveChangesAsync();
        }

        (await factory.Services.GetRequiredService<AccountCheck>().CheckAsync(user)).ShouldBe(AccountCheckOutcome.Ended);
    }

    [Fact]
    public async Task CheckAsync_SignedInThroughTheCouncilsProviderBeforeSuchPeopleHadAccounts_SessionEnded()
    {
        using var factory = new FormulateWebFactory();
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "sam@council.example"), new Claim(FormulateClaimTypes.Team, "North Locality Team"), new Claim(FormulateClaimTypes.SignInProvider, "sso")],
            CookieScheme.Name);
        await factory.Services.GetRequiredService<ServerSessions>().StartAsync(identity);

        (await factory.Services.GetRequiredService<AccountCheck>().CheckAsync(new ClaimsPrincipal(identity))).ShouldBe(AccountCheckOutcome.SessionEnded(SessionEnd.SignedOut));
    }

    [Fact]
    public async Task CheckAsync_SignedInThroughTheCouncilsProviderAndSignedOutSince_SessionEnded()
    {
        using var factory = new FormulateWebFactory(new Dictionary<string, string?> { ["Formulate:SignIn:LocalAccountsEnabled"] = "false" });
        var user = await SignedInThroughTheProviderAsync(factory);

        await factory.Services.GetRequiredService<ServerSessions>().EndAsync(user, SessionEnd.SignedOut);

        (await factory.Services.GetRequiredService<AccountCheck>().CheckAsync(user)).ShouldBe(AccountCheckOutcome.SessionEnded(SessionEnd.SignedOut));
    }

    [Fact]
    public async Task CheckAsync_SessionUnknownToTheServer_SessionEnded()
    {
        var factory = shared;
        var userName = await factory.AddAsync(Role.TeamManager);
        var user = await SignedInAsAsync(factory, userName);
        var identity = (ClaimsIdentity)user.Identity!;
        identity.RemoveClaim(identity.FindFirst(FormulateClaimTypes.SessionId));
        identity.AddClaim(new Claim(FormulateClaimTypes.SessionId, Guid.NewGuid().ToString()));

        (await factory.Services.GetRequiredService<AccountCheck>().CheckAsync(user)).ShouldBe(AccountCheckOutcome.SessionEnded(SessionEnd.SignedOut));
    }

    [Fact]
    public async Task OpenPage_SessionSignedOutElsewhere_DoesNotCarryOn()
    {
        var factory = shared;
        var userName = await factory.AddAsync();
        var user = await SignedInAsAsync(factory, userName);

        await factory.Services.GetRequiredService<ServerSessions>().EndAsync(user, SessionEnd.SignedOut);

        (await Revalidation(factory).MayCarryOnAsync(user, CancellationToken.None)).ShouldBeFalse();
    }

    private const string ProviderIdentity = "oidc|https://login.council.example|sam";

    private static async Task<ClaimsPrincipal> SignedInThroughTheProviderAsync(FormulateWebFactory factory)
    {
        var person = new SsoPerson(ProviderIdentity, "sam@council.example", "Sam", [Role.Practitioner], ["North Locality Team"]);
        var user = (await factory.Services.GetRequiredService<SsoAccounts>().SignInAsync(person)).Principal.ShouldNotBeNull();
        await factory.Services.GetRequiredService<ServerSessions>().StartAsync((ClaimsIdentity)user.Identity!);
        return user;
    }

    [Fact]
    public async Task CheckAsync_UserIdNotAnId_Ended()
    {
        var factory = shared;
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "someone"), new Claim(FormulateClaimTypes.UserId, "not-an-id")], CookieScheme.Name));

        (await factory.Services.GetRequiredService<AccountCheck>().CheckAsync(user)).ShouldBe(AccountCheckOutcome.Ended);
    }

    private static async Task<ClaimsPrincipal> SignedInAsAsync(FormulateWebFactory factory, string userName)
    {
        await using var context = await factory.Services.GetRequiredService<IDbContextFactory<FormulateDbContext>>().CreateDbContextAsync();
        var user = AccountPrincipal.Create(await context.UserAccounts.Include(a => a.Roles).SingleAsync(a => a.UserName == userName));
        SessionClock.Stamp((ClaimsIdentity)user.Identity!, factory.Clock.GetUtcNow());
        await factory.Services.GetRequiredService<ServerSessions>().StartAsync((ClaimsIdentity)user.Identity!);
        return user;
    }
}
