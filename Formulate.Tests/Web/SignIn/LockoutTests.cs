using Formulate.Tests.Web.Support;
using Formulate.Web.Security;
using Microsoft.Extensions.Options;

namespace Formulate.Tests.Web.SignIn;

/// <summary>
/// A lock after failed sign-ins says nothing of whether the user name has an account, and always lifts by itself. Each
/// test has its own app, as they move its clock on.
/// </summary>
public sealed class LockoutTests
{
    private static string Locked(string wait) => $"There have been too many failed attempts to sign in with this user name. Wait {wait}, then try again";

    [Fact]
    public async Task SignIn_FiveFailuresForARealNameAndAMadeUpOne_AnswersAlikeEachTime()
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        var real = await factory.AddAsync();
        const string madeUp = "nobody.by.this.name";

        for (var attempt = 1; attempt <= 6; attempt++)
        {
            var forReal = await session.SignInExpectingPageAsync(real, "wrong password");
            var forMadeUp = await session.SignInExpectingPageAsync(madeUp, "wrong password");

            forMadeUp.Response.StatusCode.ShouldBe(forReal.Response.StatusCode, $"attempt {attempt}");
            forMadeUp.ErrorSummary.ShouldBe(forReal.ErrorSummary, $"attempt {attempt}");
            forMadeUp.InlineError("UserName").ShouldBe(forReal.InlineError("UserName"), $"attempt {attempt}");
            forReal.ErrorSummary.ShouldBe([attempt < 5 ? "Enter a correct user name and password" : Locked("1 minute")], $"attempt {attempt}");
        }

        (await session.SignInExpectingPageAsync(real, TestAccounts.Password)).ErrorSummary.ShouldBe([Locked("1 minute")]);
    }

    [Fact]
    public async Task SignIn_MadeUpNameInAnyCase_CountsAsOneName()
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();

        foreach (var name in new[] { "made.up", "MADE.UP", " Made.Up ", "made.UP" })
        {
            (await session.SignInExpectingPageAsync(name, "wrong password")).ErrorSummary.ShouldBe(["Enter a correct user name and password"]);
        }

        (await session.SignInExpectingPageAsync("made.up", "wrong password")).ErrorSummary.ShouldBe([Locked("1 minute")]);
    }

    [Fact]
    public async Task SignIn_LockedAgainAndAgain_EachLockTwiceAsLongAndEachLiftsByItself()
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        var real = await factory.AddAsync();

        foreach (var (minutes, wait) in new[] { (1, "1 minute"), (2, "2 minutes"), (4, "4 minutes") })
        {
            foreach (var name in new[] { real, "made.up.name" })
            {
                for (var attempt = 1; attempt < 5; attempt++)
                {
                    (await session.SignInExpectingPageAsync(name, "wrong password")).ErrorSummary.ShouldBe(["Enter a correct user name and password"]);
                }

                (await session.SignInExpectingPageAsync(name, "wrong password")).ErrorSummary.ShouldBe([Locked(wait)], name);
            }

            factory.Clock.Advance(TimeSpan.FromMinutes(minutes) - TimeSpan.FromSeconds(1));
            (await session.SignInExpectingPageAsync(real, TestAccounts.Password)).ErrorSummary.ShouldBe([Locked("1 minute")]);
            factory.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        (await session.SignInAsync(real, TestAccounts.Password)).LocalTarget().ShouldBe("/");
    }

    [Fact]
    public void Start_LongestLockShorterThanTheFirst_FailsSayingWhatToSet()
    {
        using var factory = new FormulateWebFactory(new Dictionary<string, string?>
        {
            ["Formulate:SignIn:LockoutMinutes"] = "20",
            ["Formulate:SignIn:MaxLockoutMinutes"] = "10",
        });

        var error = Should.Throw<OptionsValidationException>(() => factory.CreateClient());

        error.Message.ShouldContain("Formulate:SignIn:MaxLockoutMinutes has '10', which is less than Formulate:SignIn:LockoutMinutes ('20'), the first lock. Set it to at least the first lock");
    }

    [Theory]
    [InlineData(4, null)]
    [InlineData(5, 1)]
    [InlineData(6, null)]
    [InlineData(10, 2)]
    [InlineData(15, 4)]
    [InlineData(20, 8)]
    [InlineData(25, 16)]
    [InlineData(30, 30)]
    [InlineData(5000, 30)]
    public void LockedUntil_FailuresInARow_DoublesFromTheFirstLockUpToTheLongest(int failures, int? minutes)
    {
        var now = new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

        LockoutPolicy.LockedUntil(failures, now, new FormulateSignInOptions()).ShouldBe(minutes is { } m ? now.AddMinutes(m) : null);
    }
}
