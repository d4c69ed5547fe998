using System.Globalization;
using Formulate.Data.Estimates;
using Formulate.Data.SignOff;
using Formulate.Tests.Browser.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Formulate.Tests.Browser;

/// <summary>
/// The casework lists on server-paged grids (the sign-off queue, the caseload, the worktray and each role's landing page):
/// sorted and filtered with the keyboard alone, free of axe violations at 1280 and 320 px, with and without a problem to show.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class CaseworkGridBrowserTests(BrowserFixture fixture)
{
    private SignOffStore SignOff => fixture.App.Services.GetRequiredService<SignOffStore>();

    [Fact]
    public async Task SignOffQueue_At1280_ShowsEveryColumnAndSortsAndFiltersWithTheKeyboard()
    {
        var first = await SubmitAsync(proposedAbove: 0m);
        var second = await SubmitAsync(proposedAbove: 40m);
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.manager");
        await Pages.OpenAsync(page, "/sign-off");
        await page.Locator($"#queue a[href='/sign-off/{second}']").WaitForAsync();

        // Nothing of the queue hides behind a side scroll at 1280 px, Status and Submitted included.
        (await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('#queue, #queue .mud-table-container')].every(e => e.scrollWidth <= e.clientWidth)")).ShouldBeTrue();
        foreach (var column in new[] { "Status", "Submitted" })
        {
            var box = (await page.Locator("#queue th", new() { HasText = column }).BoundingBoxAsync()).ShouldNotBeNull();
            (box.X + box.Width).ShouldBeLessThanOrEqualTo(1280, column);
        }

        await SortWithTheKeyboardAsync(page, "Proposed a week");
        await page.Locator("#queue th[aria-sort=ascending]", new() { HasText = "Proposed a week" }).WaitForAsync();
        Amounts(await ColumnAsync(page, 3)).ShouldBeInOrder(SortDirection.Ascending);
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#queue th[aria-sort=descending]", new() { HasText = "Proposed a week" }).WaitForAsync();
        Amounts(await ColumnAsync(page, 3)).ShouldBeInOrder(SortDirection.Descending);
        await Axe.AssertAccessibleAtBothWidthsAsync(page);

        // An amount that is not one is said so beside the field, and not used.
        await Keyboard.TabToAsync(page, f => f.Name == "filter-minimum");
        await page.Keyboard.TypeAsync("abc");
        await page.Keyboard.PressAsync("Tab");
        await page.Locator("#filter-minimum-error").GetByText("Enter the lowest amount in pounds, like 250 or 250.50").WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(page);

        var secondAmount = (await SignOff.FindAsync(second))!.Submission.ProposedWeekly;
        await Keyboard.TabToAsync(page, f => f.Name == "filter-minimum");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(secondAmount.ToString(CultureInfo.InvariantCulture));
        await page.Keyboard.PressAsync("Tab");
        await page.Locator($"#queue a[href='/sign-off/{first}']").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Amounts(await ColumnAsync(page, 3)).ShouldAllBe(amount => amount >= secondAmount);
        (await page.Locator($"#queue a[href='/sign-off/{second}']").CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Caseload_SortedByNameWithTheKeyboardAndSearchedToNobody_IsAccessibleAtBothWidths()
    {
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, "/caseload");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);

        await SortWithTheKeyboardAsync(page, "Name");
        await page.Locator("#caseload th[aria-sort=ascending]", new() { HasText = "Name" }).WaitForAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#caseload th[aria-sort=descending]", new() { HasText = "Name" }).WaitForAsync();
        var names = await ColumnAsync(page, 1);
        names.Select(FamilyName).ShouldBeInOrder(SortDirection.Descending, StringComparer.OrdinalIgnoreCase);

        await Keyboard.TabToAsync(page, f => f.Name == "search");
        await page.Keyboard.TypeAsync("nobody-has-this-name");
        await page.Locator("#caseload-count").GetByText("No people match your search.").WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task WorktrayAndHome_PractitionerAndManagerWithWork_AreAccessibleAtBothWidths()
    {
        await SubmitAsync(proposedAbove: 0m);
        var practitioner = await fixture.NewPageAsync();
        await SignIn.AsAsync(practitioner, "demo.practitioner");
        await Pages.OpenAsync(practitioner, "/worktray");
        await practitioner.Locator("#awaiting tbody tr").First.WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(practitioner);
        await Pages.ScreenshotAsync(practitioner, "worktray");
        await Pages.OpenAsync(practitioner, "/");
        await practitioner.Locator("#awaiting tbody tr").First.WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(practitioner);
        await Pages.ScreenshotAsync(practitioner, "home-practitioner");

        var manager = await fixture.NewPageAsync();
        await SignIn.AsAsync(manager, "demo.manager");
        await Pages.OpenAsync(manager, "/");
        // The home page lists the oldest few waiting, which other tests' submissions may be; any of them will do.
        await manager.Locator("#home-sign-off a[href^='/sign-off/']").First.WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(manager);
        await Pages.ScreenshotAsync(manager, "home-manager");
        await Keyboard.TabToLinkAsync(manager, "See every budget to sign off");
        await manager.Keyboard.PressAsync("Enter");
        await manager.GetByRole(AriaRole.Heading, new() { Name = "Budgets to sign off", Level = 1 }).WaitForAsync();
    }

    private async Task<Guid> SubmitAsync(decimal proposedAbove)
    {
        var (profileId, weekly) = await EstimatedProfiles.CreateAsync(fixture.App);
        var snapshot = (await fixture.App.Services.GetRequiredService<EstimateSnapshotStore>().ListForProfileAsync(profileId))[0];
        var result = await SignOff.SubmitAsync(new NewSubmission
        {
            NeedsProfileId = profileId,
            EstimateSnapshotId = snapshot.Id,
            ProposedWeekly = weekly + proposedAbove,
            DifferenceReason = proposedAbove == 0m ? null : "Specialist provider",
            DifferenceNote = proposedAbove == 0m ? null : "Specialist support",
        }, "demo.practitioner");
        result.Errors.ShouldBeEmpty();
        return (await SignOff.ListForProfileAsync(profileId)).Single().Submission.Id;
    }

    /// <summary>Presses Tab until the column's sort button has focus, then Enter.</summary>
    private static async Task SortWithTheKeyboardAsync(IPage page, string column)
    {
        for (var presses = 0; presses < 200; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string?>("() => document.activeElement.getAttribute('aria-label')") == $"Sort by {column}")
            {
                await page.Keyboard.PressAsync("Enter");
                return;
            }
        }

        throw new InvalidOperationException($"No sort button for {column} was reached with Tab");
    }

    private static Task<IReadOnlyList<string>> ColumnAsync(IPage page, int index) =>
        page.Locator($"#{(page.Url.EndsWith("/caseload", StringComparison.Ordinal) ? "caseload" : "queue")} tbody tr td:nth-child({index + 1})").AllInnerTextsAsync();

    private static IReadOnlyList<decimal> Amounts(IReadOnlyList<string> cells) =>
        [.. cells.Select(cell => decimal.Parse(cell.Trim().TrimStart('£'), NumberStyles.Number, CultureInfo.InvariantCulture))];

    private static string FamilyName(string fullName) => fullName.Trim().Split(' ')[^1];
}
