using Formulate.Analysis.Text;
using Formulate.Data.Estimates;
using Formulate.Engine;
using Formulate.Engine.Profiles;
using Formulate.Tests.Browser.Support;
using Formulate.Tests.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Formulate.Tests.Browser;

[Collection(BrowserTestGroup.Name)]
public sealed class ProfileBrowserTests(BrowserFixture fixture)
{
    private FormulateEngine Engine => fixture.App.Services.GetRequiredService<FormulateEngine>();

    [Fact]
    public async Task Section_AnswerRevealsAFollowUpThenHidesIt_RemovesAndSavesTheHiddenAnswer()
    {
        var profileId = await TestProfiles.CreateAsync(fixture.App);
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, $"/profiles/{profileId}/sections/person");
        (await page.Locator("input[name=\"person.lives_with\"]").CountAsync()).ShouldBe(0);

        await Pages.AnswerAsync(page, "person.living_situation", "own_home_with_family");
        var followUp = page.Locator("#conditional-person\\.living_situation-2 input[name=\"person.lives_with\"]");
        (await followUp.CountAsync()).ShouldBe(5);
        await Pages.AnswerAsync(page, "person.lives_with", "partner");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
        (await TestProfiles.AnswersAsync(fixture.App, profileId))["person.lives_with"].ShouldBe("partner");

        await Pages.AnswerAsync(page, "person.living_situation", "own_home_alone");

        (await page.Locator("input[name=\"person.lives_with\"]").CountAsync()).ShouldBe(0);
        // Said beside the question that changed, in its own live region, not at the top of the page.
        var removed = page.Locator("[id='removed-person.living_situation'][role=status]");
        await removed.GetByText("We removed your answer to 'Who does the person live with?' because it no longer applies.").WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
        var saved = await TestProfiles.AnswersAsync(fixture.App, profileId);
        saved.ShouldNotContainKey("person.lives_with");
        saved["person.living_situation"].ShouldBe("own_home_alone");
    }

    [Fact]
    public async Task Section_ReloadedPartWayThrough_ShowsEverySavedAnswer()
    {
        var profileId = await TestProfiles.CreateAsync(fixture.App);
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, $"/profiles/{profileId}/sections/person");
        await Pages.AnswerAsync(page, "person.eligibility_decided", "yes");
        await Pages.AnswerAsync(page, "person.age_band", "75_84");
        await Pages.AnswerAsync(page, "person.living_situation", "supported_living");
        await Pages.AnswerAsync(page, "supported_living.sharing", "shared_with_2");

        await page.ReloadAsync();
        await Pages.ReadyAsync(page);

        (await Pages.Radio(page, "person.eligibility_decided", "yes").IsCheckedAsync()).ShouldBeTrue();
        (await Pages.Radio(page, "person.age_band", "75_84").IsCheckedAsync()).ShouldBeTrue();
        (await Pages.Radio(page, "person.living_situation", "supported_living").IsCheckedAsync()).ShouldBeTrue();
        (await Pages.Radio(page, "supported_living.sharing", "shared_with_2").IsCheckedAsync()).ShouldBeTrue();
        await Pages.OpenAsync(page, $"/profiles/{profileId}");
        (await page.Locator(".staff-task-list__item").First.InnerTextAsync()).ShouldContain("In progress");
    }

    [Fact]
    public async Task Section_ContinueWithQuestionsUnanswered_ListsThemAndLinksToEach()
    {
        var profileId = await TestProfiles.CreateAsync(fixture.App);
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, $"/profiles/{profileId}/sections/eating");

        await page.GetByRole(AriaRole.Button, new() { Name = "Next section: Home" }).ClickAsync();

        var link = page.Locator(".staff-error-summary a");
        await link.First.WaitForAsync();
        (await link.AllInnerTextsAsync()).ShouldBe(["Select how much help the person needs to eat and drink well"]);
        (await page.Locator("[id=\"nutrition.need-error\"]").InnerTextAsync()).ShouldContain("Select how much help the person needs to eat and drink well");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("nutrition.need");
    }

    [Fact]
    public async Task Profile_CompletedThroughARevealingBranch_ShowsAndSavesTheEnginesEstimate()
    {
        var complete = new ProfileBuilder()
            .With("person.living_situation", "own_home_alone").With("person.has_unpaid_carer", "no")
            .Need("hygiene", "some").Need("dressing", "prompting").Need("nutrition", "some")
            .With("mobility.transfers", "one_carer").With("cognition.memory", "significant")
            .Build().Answers;
        var seeded = complete.Where(a => !a.Key.StartsWith("behaviour.", StringComparison.Ordinal)).ToDictionary();
        var profileId = await TestProfiles.CreateAsync(fixture.App, seeded);
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, $"/profiles/{profileId}/sections/behaviour");
        await page.Locator("#questions-left", new() { HasText = "1 question left in this section" }).WaitForAsync();

        await Pages.AnswerAsync(page, "behaviour.present", "yes");
        await page.Locator("#questions-left", new() { HasText = "4 questions left in this section" }).WaitForAsync();
        await Pages.AnswerAsync(page, "behaviour.type", "verbal");
        await Pages.AnswerAsync(page, "behaviour.present", "no");
        await page.Locator("[id='removed-behaviour.present']").GetByText("We removed your answer to 'What is the main kind of behaviour?'").WaitForAsync();

        var answers = await TestProfiles.AnswersAsync(fixture.App, profileId);
        var expected = Engine.Estimate(new NeedsProfile { AssessmentDate = new DateOnly(2026, 11, 22), Answers = answers });
        var weekly = expected.Result.ShouldNotBeNull().WeeklyEstimate;
        (await page.Locator("#running-estimate").InnerTextAsync()).ShouldBe(Pounds.Format(weekly));
        (await page.Locator("#running-hours").InnerTextAsync()).ShouldBe($"{Pounds.Number(expected.Result.TotalWeeklyHours)} hours of support a week");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
        await Pages.ScreenshotAsync(page, "needs-profile-section");

        // The check page stays a link away; the move to it is a client-side navigation: wait for the URL to commit, not for a page load.
        await Pages.ReadyAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Check the answers in this section" }).ClickAsync();
        await Pages.AddressAsync(page, url => url.EndsWith("/check", StringComparison.Ordinal), loaded: null);
        await Pages.ReadyAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Change whether the person has behaviour that may challenge" }).ClickAsync();
        await Pages.AddressAsync(page, url => url.EndsWith("#behaviour.present", StringComparison.Ordinal));
        await page.WaitForFunctionAsync("() => document.activeElement?.name === 'behaviour.present'");
        (await page.EvaluateAsync<string>("() => document.activeElement.value")).ShouldBe("no");

        await Pages.OpenAsync(page, $"/profiles/{profileId}");
        await Pages.ScreenshotAsync(page, "needs-profile");
        await page.GetByRole(AriaRole.Link, new() { Name = "Go to the estimate" }).First.ClickAsync();
        await Pages.ReadyAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Calculate the estimate" }).ClickAsync();

        await page.Locator("#weekly-estimate").GetByText($"{Pounds.Format(weekly)} a week").WaitForAsync();
        (await page.Locator("table:has(caption:text('Predicted level')) tbody tr").CountAsync()).ShouldBe(11);
        (await page.Locator("table:has(caption:text('What if')) tbody tr").CountAsync()).ShouldBe(expected.Result.WhatIfs.Count);
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
        await Pages.ScreenshotAsync(page, "result");
        await page.GetByText("How this was worked out").ClickAsync();
        (await page.Locator("#how-worked-out").InnerTextAsync()).ShouldContain(expected.Result.Trace.Label);
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
        var snapshots = await fixture.App.Services.GetRequiredService<EstimateSnapshotStore>().ListForProfileAsync(profileId);
        snapshots.ShouldHaveSingleItem().WeeklyEstimate.ShouldBe(weekly);
    }

    [Fact]
    public async Task Section_FirstAnswerAfterOpening_SendsNoMoreThanTheNextAnswer()
    {
        var complete = new ProfileBuilder()
            .With("person.living_situation", "own_home_alone").With("person.has_unpaid_carer", "no")
            .Need("hygiene", "some").Need("toileting", "some").Need("dressing", "prompting")
            .Build().Answers;
        var profileId = await TestProfiles.CreateAsync(fixture.App, complete);
        var page = await fixture.NewPageAsync();
        long received = 0;
        page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) =>
            Interlocked.Add(ref received, frame.Binary?.Length ?? System.Text.Encoding.UTF8.GetByteCount(frame.Text ?? ""));
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, $"/profiles/{profileId}/sections/personal-care");

        Interlocked.Exchange(ref received, 0);
        await Pages.AnswerAsync(page, "hygiene.need", "prompting");
        var first = Interlocked.Exchange(ref received, 0);
        await Pages.AnswerAsync(page, "toileting.need", "prompting");
        var second = Interlocked.Exchange(ref received, 0);

        // Each answer re-renders its own question and the estimate panel; the first must not send the section's other questions again too.
        first.ShouldBeLessThan(second * 3 / 2, $"first answer {first} bytes, second {second} bytes");
    }
}
