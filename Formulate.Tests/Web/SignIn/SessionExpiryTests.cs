using System.Net;
using Formulate.Tests.Web.Support;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Formulate.Tests.Web.SignIn;

public sealed class SessionExpiryTests
{
    [Fact]
    public void CookieOptions_Default_SlideOverTwentyMinutes()
    {
        using var factory = new FormulateWebFactory();

        var cookie = CookieOptions(factory);

        cookie.ExpireTimeSpan.ShouldBe(TimeSpan.FromMinutes(20));
        cookie.SlidingExpiration.ShouldBeTrue();
        cookie.LoginPath.Value.ShouldBe("/sign-in");
        cookie.Cookie.HttpOnly.ShouldBeTrue();
    }

    [Fact]
    public void CookieOptions_SessionTimeoutConfigured_UsesIt()
    {
        using var factory = new FormulateWebFactory(new Dictionary<string, string?> { ["Formulate:SignIn:SessionTimeoutMinutes"] = "5" });

        CookieOptions(factory).ExpireTimeSpan.ShouldBe(TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task Session_IdleLongerThanTimeout_ReturnsToSignIn()
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        factory.Clock.Advance(TimeSpan.FromMinutes(21));
        var response = (await session.GetPageAsync("/")).Response;

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }

    [Fact]
    public async Task Session_ActiveWithinTimeout_Slides()
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        factory.Clock.Advance(TimeSpan.FromMinutes(15));
        (await session.GetPageAsync("/")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        factory.Clock.Advance(TimeSpan.FromMinutes(15));

        (await session.GetPageAsync("/")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Session_SignedInLongerThanTheLimit_EndsThoughActiveAndSaysWhy()
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");
        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(11.75); elapsed += TimeSpan.FromMinutes(15))
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(15));
            (await session.GetPageAsync("/")).Response.StatusCode.ShouldBe(HttpStatusCode.OK, $"after {elapsed}");
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(15));
        var response = (await session.GetPageAsync("/caseload")).Response;

        response.LocalTarget().ShouldBe("/sign-in?ReturnUrl=%2Fcaseload&ended=time-limit");
        var signIn = await session.GetPageAsync(response.LocalTarget());
        signIn.Document.QuerySelector("#session-ended")!.TextContent.ShouldContain("you signed in more than 12 hours ago");
        (await session.SignInAsync("demo.practitioner")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await session.GetPageAsync("/caseload")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Session_LimitConfigured_UsesIt()
    {
        using var factory = new FormulateWebFactory(new Dictionary<string, string?> { ["Formulate:SignIn:MaxSessionHours"] = "1" });
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");
        for (var quarter = 1; quarter <= 3; quarter++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(15));
            (await session.GetPageAsync("/")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(15));

        (await session.GetPageAsync("/")).Response.LocalTarget().ShouldBe("/sign-in?ReturnUrl=%2F&ended=time-limit");
    }

    private static CookieAuthenticationOptions CookieOptions(FormulateWebFactory factory) =>
        factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(CookieAuthenticationDefaults.AuthenticationScheme);
}
