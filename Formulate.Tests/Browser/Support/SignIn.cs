using Microsoft.Playwright;

namespace Formulate.Tests.Browser.Support;

/// <summary>The one place the browser tests sign in.</summary>
internal static class SignIn
{
    public const string Password = Formulate.Data.Seeding.DemoAccounts.Password;

    public static async Task AsAsync(IPage page, string userName)
    {
        await page.GotoAsync("/sign-in");
        await page.Locator("#UserName").FillAsync(userName);
        await page.Locator("#Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Pages.AddressAsync(page, url => !new Uri(url).AbsolutePath.StartsWith("/sign-in", StringComparison.OrdinalIgnoreCase));
        // As Pages.ReadyAsync does: the tests drive the page it lands on once it has connected and handles input.
        await Pages.Connected(page).WaitForAsync();
    }
}
