using System.Text.RegularExpressions;
using Formulate.Data.Entities;
using Formulate.Data.Profiles;
using Formulate.Tests.Browser.Support;
using Formulate.Tests.Web.Worktray;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Formulate.Tests.Browser;

[Collection(BrowserTestGroup.Name)]
public sealed class WorktrayBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Worktray_ReturnedSubmission_PractitionerReadsTheCommentsAndRepliesAndTheManagerReadsTheReply()
    {
        var work = await SubmittedWork.ReturnedAsync(fixture.App.Services, "demo.practitioner", "Morfudd");
        var practitioner = await fixture.NewPageAsync();
        await SignIn.AsAsync(practitioner, "demo.practitioner");
        await Pages.OpenAsync(practitioner, "/caseload");

        (await practitioner.Locator("#worktray-link").InnerTextAsync()).ShouldMatch(@"^Worktray \(\d+ returned\)$");
        await practitioner.Locator("#worktray-link").ClickAsync();
        var returned = practitioner.Locator($"#returned a[href='/profiles/{work.ProfileId}']");
        await returned.WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(practitioner);
        await returned.ClickAsync();
        await practitioner.Locator("#returned-comments-text").WaitForAsync();
        (await practitioner.Locator("#returned-comments-text").InnerTextAsync()).ShouldBe(SubmittedWork.Comments);
        (await practitioner.Locator("#returned-by").InnerTextAsync()).ShouldStartWith("Returned by demo.manager on ");
        await Pages.ReadyAsync(practitioner);

        await practitioner.GetByRole(AriaRole.Button, new() { Name = "Send reply" }).ClickAsync();
        await practitioner.Locator("#reply-error-summary").GetByText("Enter your reply to the manager's comments").WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(practitioner);
        await practitioner.GetByLabel("Reply to the manager").FillAsync("The second quote is on the case file");
        await practitioner.GetByRole(AriaRole.Button, new() { Name = "Send reply" }).ClickAsync();
        await practitioner.Locator("#reply-text").GetByText("The second quote is on the case file").WaitForAsync();
        (await practitioner.Locator("#reply-error-summary").CountAsync()).ShouldBe(0);
        await Axe.AssertAccessibleAtBothWidthsAsync(practitioner);

        var manager = await fixture.NewPageAsync();
        await SignIn.AsAsync(manager, "demo.manager");
        await Pages.OpenAsync(manager, $"/sign-off/{work.SubmissionId}");
        var reply = manager.Locator(".staff-timeline__item").First;
        (await reply.Locator(".staff-timeline__title").InnerTextAsync()).ShouldBe("Reply to the return");
        (await reply.Locator(".staff-timeline__byline").InnerTextAsync()).ShouldBe("by demo.practitioner");
        (await reply.Locator(".staff-timeline__description").InnerTextAsync()).ShouldBe("The second quote is on the case file");
    }

    [Fact]
    public async Task Reassessment_AgreedProfile_AnswersCarriedForwardOneConfirmedOneChangedAndSubmitRefusedUntilAllAre()
    {
        var agreed = await SubmittedWork.SubmitAsync(fixture.App.Services, "test.practitioner", "Nesta");
        await agreed.DecideAsync(fixture.App.Services, DecisionOutcome.Approved);
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, $"/people/{agreed.Person.Id}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Start a reassessment" }).ClickAsync();
        await Pages.AddressAsync(page, url => url.Contains("/profiles/", StringComparison.Ordinal), loaded: null);
        var profileId = Guid.Parse(new Uri(page.Url).Segments[^1]);
        await page.Locator("#carried-forward-summary").WaitForAsync();
        (await page.Locator(".staff-task-list__item", new() { HasText = "Personal care" }).Locator(".staff-tag").InnerTextAsync()).ShouldEndWith("carried forward");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);

        await Pages.OpenAsync(page, $"/profiles/{profileId}/sections/personal-care");
        await page.Locator("li[data-question='hygiene.need']").GetByRole(AriaRole.Button).ClickAsync();
        await page.Locator("li[data-question='hygiene.need']").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        // Focus moves on to the next answer to confirm, so the keyboard alone can carry on.
        await page.WaitForFunctionAsync("() => document.activeElement?.id?.startsWith('confirm-')");
        var next = (await page.EvaluateAsync<string>("() => document.activeElement.id"))["confirm-".Length..];
        await page.Keyboard.PressAsync("Enter");
        await page.Locator($"li[data-question='{next}']").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await Pages.AnswerAsync(page, "dressing.need", "some");
        await page.Locator("li[data-question='dressing.need']").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
        var carried = CarriedForwardAnswers.Of((await fixture.App.Services.GetRequiredService<NeedsProfileStore>().FindAsync(profileId))!);
        carried.ShouldNotContain("hygiene.need");
        carried.ShouldNotContain(next);
        carried.ShouldNotContain("dressing.need");
        carried.ShouldContain("nutrition.need");

        await Pages.OpenAsync(page, $"/profiles/{profileId}/submit");
        var refusal = page.Locator("#carried-forward-refusal");
        (await refusal.Locator("a", new() { HasText = "Personal care" }).GetAttributeAsync("href")).ShouldBe($"/profiles/{profileId}/sections/personal-care");
        while (await refusal.CountAsync() > 0)
        {
            await refusal.Locator("a").First.ClickAsync();
            await page.Locator("#carried-forward").WaitForAsync();
            var all = page.Locator("#carried-forward").GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Confirm all") });
            await (await all.CountAsync() > 0 ? all : page.Locator("#carried-forward li button")).ClickAsync();
            await page.Locator("#carried-forward").WaitForAsync(new() { State = WaitForSelectorState.Detached });
            await Pages.OpenAsync(page, $"/profiles/{profileId}/submit");
        }

        await page.Locator("#no-estimate").WaitForAsync();
        CarriedForwardAnswers.Of((await fixture.App.Services.GetRequiredService<NeedsProfileStore>().FindAsync(profileId))!).ShouldBeEmpty();
    }
}
