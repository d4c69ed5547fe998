using Formulate.Tests.Web.Support;

namespace Formulate.Tests.Web.SignIn;

public sealed class LocalAccountsSettingTests
{
    [Fact]
    public async Task SignInPage_LocalAccountsDisabled_ShowsNoPasswordForm()
    {
        using var factory = new FormulateWebFactory(new Dictionary<string, string?> { ["Formulate:SignIn:LocalAccountsEnabled"] = "false" });
        using var session = factory.NewSession();

        var page = await session.GetPageAsync("/sign-in");

        page.Document.GetElementById("Password").ShouldBeNull();
        page.Document.QuerySelector("main")!.TextContent.ShouldContain("switched off");
    }
}
