using Formulate.Tests.Browser.Support;
using Microsoft.Playwright;

namespace Formulate.Tests.Browser;

[Collection(SecondBrowserTestGroup.Name)]
public sealed class PersonBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task AddPerson_EmptyForm_ShowsErrorsLinkedToTheFields()
    {
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, "/people/new");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();

        var summary = page.Locator(".staff-error-summary");
        await summary.WaitForAsync();
        (await summary.Locator("a").AllInnerTextsAsync()).ShouldBe(
            ["Enter the case reference", "Enter the person's given name", "Enter the person's family name", "Select the person's team"]);
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("error-summary");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);

        await summary.GetByRole(AriaRole.Link, new() { Name = "Enter the person's given name" }).ClickAsync();
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("GivenName");
    }

    [Fact]
    public async Task AddPerson_ExistingCaseReference_SaysThePersonExists()
    {
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, "/people/new");

        await page.Locator("#CaseReference").FillAsync("DEMO-0001");
        await page.Locator("#GivenName").FillAsync("Ada");
        await page.Locator("#FamilyName").FillAsync("Thornton");
        await page.GetByLabel("North Locality Team").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();

        await page.Locator("#CaseReference-error").GetByText("A person with case reference DEMO-0001 already exists").WaitForAsync();
    }

    [Fact]
    public async Task AddPerson_ValidDetails_OpensThePersonPageAndStartsAProfile()
    {
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, "/caseload");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a person" }).ClickAsync();
        await Pages.ReadyAsync(page);
        var reference = "TEST-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

        await page.Locator("#CaseReference").FillAsync(reference);
        await page.Locator("#GivenName").FillAsync("Iris");
        await page.Locator("#FamilyName").FillAsync("Kemp");
        await page.Locator("#AddressLine1").FillAsync("4 Quay Street");
        await page.Locator("#Town").FillAsync("Northby");
        await page.Locator("#Postcode").FillAsync("nb12aa");
        await page.GetByLabel("North Locality Team").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();

        await Pages.AddressAsync(page, url => url.Contains("/people/", StringComparison.Ordinal) && !url.EndsWith("/new", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Heading, new() { Name = "Iris Kemp", Level = 1 }).WaitForAsync();
        await Pages.ReadyAsync(page);
        (await page.Locator(".staff-summary-list").InnerTextAsync()).ShouldContain("NB1 2AA");

        await page.GetByRole(AriaRole.Button, new() { Name = "Start a new Needs Profile" }).ClickAsync();
        await Pages.AddressAsync(page, url => url.Contains("/profiles/", StringComparison.Ordinal));
        await Pages.ReadyAsync(page);
        (await page.Locator(".staff-task-list__item").CountAsync()).ShouldBe(12, "the unpaid carer's section is listed once someone gives unpaid help");
        await page.GetByText("Not started").First.WaitForAsync();
    }

    [Fact]
    public async Task AddPerson_TitlePreferredNameAndDateOfBirth_AreCheckedAndSaved()
    {
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, "/people/new");
        var reference = "DOB-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await page.Locator("#CaseReference").FillAsync(reference);
        await page.Locator("#Title").FillAsync("Mrs");
        await page.Locator("#GivenName").FillAsync("Josephine");
        await page.Locator("#FamilyName").FillAsync("Marsh");
        await page.Locator("#PreferredName").FillAsync("Jo");
        await page.Locator("#DateOfBirth-day").FillAsync("31");
        await page.Locator("#DateOfBirth-month").FillAsync("2");
        await page.Locator("#DateOfBirth-year").FillAsync("1948");
        await page.GetByLabel("North Locality Team").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();

        var summary = page.Locator(".staff-error-summary");
        await summary.WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
        await summary.GetByRole(AriaRole.Link, new() { Name = "Date of birth must be a real date" }).ClickAsync();
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("DateOfBirth-day");
        (await page.Locator("#Title").InputValueAsync()).ShouldBe("Mrs", "nothing typed is lost");
        await page.Locator("#DateOfBirth-day").FillAsync("27");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "Josephine Marsh", Level = 1 }).WaitForAsync();
        await Pages.ReadyAsync(page);
        var details = await page.Locator(".staff-summary-list").InnerTextAsync();
        details.ShouldContain("Mrs");
        details.ShouldContain("27 February 1948");
        details.ShouldContain("Jo");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task Caseload_NameOfNinetySixLettersWithoutSpaces_WrapsWithinThePage()
    {
        var long96 = string.Concat(Enumerable.Repeat("Abcdefghijkl", 8));
        var person = await Formulate.Tests.Web.Letters.Support.LetterData.AddPersonAsync(fixture.App.Services, long96);
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");

        foreach (var path in new[] { "/caseload", $"/people/{person.Id}", "/letters" })
        {
            await Pages.OpenAsync(page, path);
            await page.GetByText(long96, new() { Exact = false }).First.WaitForAsync();
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            widths[0].ShouldBeLessThanOrEqualTo(widths[1], $"{path} is wider than the window");
        }
    }
}
