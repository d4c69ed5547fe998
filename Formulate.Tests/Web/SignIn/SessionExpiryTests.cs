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

    private static CookieAuthenticationOptions CookieOptions(FormulateWebFactory factory) =>
        factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(CookieAuthenticationDefaults.AuthenticationScheme);
}
