using System.Net;
using Formulate.Tests.Web.Support;

namespace Formulate.Tests.Web.SignIn;

public sealed class SignOutTests(FormulateWebFactory factory) : IClassFixture<FormulateWebFactory>
{
    [Fact]
    public async Task SignOut_FromHeaderButton_ReturnsToSignInWithNotification()
    {
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");
        var home = await session.GetPageAsync("/");

        var response = await session.SubmitAsync(home, "form[action='/sign-out']");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var signIn = await session.GetPageAsync(response.Headers.Location!.OriginalString);
        signIn.Document.QuerySelector(".staff-banner[role=alert] .staff-banner__text")!
            .TextContent.Trim().ShouldBe("You have signed out");
        (await session.GetPageAsync("/")).Response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task SignOut_WithoutAntiforgeryToken_KeepsTheUserSignedIn()
    {
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        await session.Client.PostAsync("/sign-out", new FormUrlEncodedContent(new Dictionary<string, string>()));

        (await session.GetPageAsync("/")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
