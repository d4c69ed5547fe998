using Formulate.Data.Seeding;
using Formulate.Tests.Browser.Support;
using Formulate.Web.People;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Formulate.Tests.Web.Support;

namespace Formulate.Tests.Browser;

[Collection(SecondBrowserTestGroup.Name)]
public sealed class ChangePersonDetailsBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ChangeDetails_KeyboardAlone_SavesTheNewNameAndSaysSo()
    {
        var personId = await AddPersonAsync("Rosalnd", "Okafor");
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, $"/people/{personId}");

        await Keyboard.TabToAsync(page, f => f.Tag == "a" && f.Text.StartsWith("Change", StringComparison.Ordinal) && f.Text.EndsWith("name", StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Enter");
        await Pages.MovedToAsync(page, url => url.EndsWith($"/people/{personId}/change-details", StringComparison.Ordinal));
        await Pages.ReadyAsync(page);
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
        await Keyboard.TabToAsync(page, f => f.Name == "GivenName");
        (await Keyboard.FocusedAsync(page)).Value.ShouldBe("Rosalnd");

        // A name left empty is refused beside the field, and nothing is lost: the rest of the form is as it was.
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await Keyboard.TabToButtonAsync(page, "Save changes");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator(".staff-error-summary").GetByText("Enter the person's given name").WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
        (await page.Locator("[name=FamilyName]").InputValueAsync()).ShouldBe("Okafor");

        await Keyboard.TabToAsync(page, f => f.Name == "GivenName");
        await page.Keyboard.TypeAsync("Rosalind");
        await Keyboard.TabToButtonAsync(page, "Save changes");
        await page.Keyboard.PressAsync("Enter");

        // The confirmation is taken out of the address once shown, and stays shown when the page turns interactive.
        await Pages.AddressAsync(page, url => url.EndsWith($"/people/{personId}", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Heading, new() { Name = "Rosalind Okafor", Level = 1 }).WaitForAsync();
        await Pages.ReadyAsync(page);
        await page.Locator("#details-updated.mud-alert-outlined-success").GetByText("Details updated").WaitForAsync();
        page.Url.ShouldNotContain(PersonPageQuery.DetailsUpdated);

        await page.ReloadAsync();
        await Pages.ReadyAsync(page);
        (await page.Locator(".staff-banner").CountAsync()).ShouldBe(0);
        await page.GoBackAsync();
        await Pages.AddressAsync(page, url => url.EndsWith("/change-details", StringComparison.Ordinal));
    }

    private async Task<Guid> AddPersonAsync(string givenName, string familyName)
    {
        var form = new NewPerson
        {
            CaseReference = "TEST-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(),
            GivenName = givenName,
            FamilyName = familyName,
            AddressLine1 = "7 Mill Lane",
            Town = "Northby",
            Postcode = "NB1 3AA",
            Team = DemoAccounts.NorthTeam,
        };
        var added = await fixture.App.Services.GetRequiredService<PeopleService>()
            .AddAsync(form, CaseWorkers.Practitioner(userName: "test.practitioner"));
        return added.PersonId.ShouldNotBeNull();
    }
}
