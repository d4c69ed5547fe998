using Formulate.Data;
using Formulate.Tests.Browser.Support;
using Formulate.Tests.Web.Letters.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Formulate.Tests.Browser;

/// <summary>A double click, as many people give to every button, does what one click does.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class DoubleClickBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task StartANewNeedsProfile_DoubleClicked_StartsOneProfile()
    {
        var person = await LetterData.AddPersonAsync(fixture.App.Services, "Dot");
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, $"/people/{person.Id}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Start a new Needs Profile" }).DblClickAsync();

        await Pages.AddressAsync(page, url => new Uri(url).AbsolutePath.StartsWith("/profiles/", StringComparison.Ordinal));
        await Pages.ReadyAsync(page);
        await using var context = await fixture.App.Services.GetRequiredService<IDbContextFactory<FormulateDbContext>>().CreateDbContextAsync();
        (await context.NeedsProfiles.CountAsync(p => p.PersonId == person.Id)).ShouldBe(1);
    }
}
