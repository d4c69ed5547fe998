using Formulate.Data;
using Formulate.Data.Entities;
using Formulate.Data.Profiles;
using Formulate.Tests.Browser.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Browser;

[Collection(SecondBrowserTestGroup.Name)]
public sealed class ScreenReaderBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Section_EachAnswerSaved_IsAnnouncedWithItsQuestionAndAnswer()
    {
        var profileId = await TestProfiles.CreateAsync(fixture.App);
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, $"/profiles/{profileId}/sections/person");
        var status = page.Locator("p[role=status]");

        await Pages.AnswerAsync(page, "person.eligibility_decided", "yes");
        (await status.InnerTextAsync()).ShouldMatch(
            @"^Your answer to 'Has a practitioner decided that the person has eligible needs under the Care Act\?' has been saved: Yes\. (\d+) questions left in this section\. 0 of \d+ sections completed\.$");
        var leftAfterFirst = QuestionsLeft(await status.InnerTextAsync());

        await Pages.AnswerAsync(page, "person.age_band", "75_84");
        (await status.InnerTextAsync()).ShouldStartWith("Your answer to 'How old is the person?' has been saved: 75 to 84. ");
        QuestionsLeft(await status.InnerTextAsync()).ShouldBe(leftAfterFirst - 1);
        (await page.Locator("#estimate-panel [aria-live], #estimate-panel [role=status]").CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Section_AnswerRevealsThenHidesAFollowUp_AnnouncesTheNewQuestionThenTheRemovedAnswer()
    {
        var profileId = await TestProfiles.CreateAsync(fixture.App);
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, $"/profiles/{profileId}/sections/person");
        var status = page.Locator("p[role=status]");

        await Pages.AnswerAsync(page, "person.living_situation", "own_home_with_family");
        (await status.InnerTextAsync()).ShouldContain("1 new question: 'Who does the person live with?'. ");

        await Pages.AnswerAsync(page, "person.lives_with", "partner");
        await Pages.AnswerAsync(page, "person.living_situation", "own_home_alone");
        // Heard from the live region beside the question that changed, not from the page's status as well.
        var besideTheChange = page.Locator("[id='removed-person.living_situation'][role=status]");
        (await besideTheChange.InnerTextAsync()).ShouldBe("We removed your answer to 'Who does the person live with?' because it no longer applies.");
        (await status.InnerTextAsync()).ShouldNotContain("We removed your answer");
        await Axe.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Section_AnswerNotSaved_TitleStartsWithError()
    {
        var profileId = await TestProfiles.CreateAsync(fixture.App);
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, $"/profiles/{profileId}/sections/person");
        // One answer saved shows the page has loaded the profile it works on; then it is submitted from another tab, as a
        // submitted profile's page, once loaded, has no controls to answer with.
        await Pages.AnswerAsync(page, "person.age_band", "65_74");
        var contexts = fixture.App.Services.GetRequiredService<IDbContextFactory<FormulateDbContext>>();
        await using (var context = await contexts.CreateDbContextAsync())
        {
            (await context.NeedsProfiles.SingleAsync(p => p.Id == profileId)).Status = NeedsProfileStatus.Submitted;
            await context.SaveChangesAsync();
        }

        var radio = Pages.Radio(page, "person.eligibility_decided", "yes");
        await page.Locator($"label[for=\"{await radio.GetAttributeAsync("id")}\"]").ClickAsync();

        (await page.Locator("#save-failure").InnerTextAsync()).ShouldContain("Your answer was not saved");
        (await page.Locator("input[type=radio]").CountAsync()).ShouldBe(0, "the page shows the submitted profile read only");
        (await page.TitleAsync()).ShouldStartWith("Error: ");
        await Axe.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Section_SomeoneElseAnsweredTheSameQuestion_TheNoticeIsAnnounced()
    {
        var profileId = await TestProfiles.CreateAsync(fixture.App);
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, $"/profiles/{profileId}/sections/person");
        var store = fixture.App.Services.GetRequiredService<NeedsProfileStore>();
        var stored = (await store.FindAsync(profileId)).ShouldNotBeNull();
        var changes = new Dictionary<string, string?> { ["person.age_band"] = "65_74" };
        (await store.SaveAnswersAsync(profileId, changes, stored.Version, "demo.manager")).IsSaved.ShouldBeTrue();

        await Pages.AnswerAsync(page, "person.age_band", "75_84");

        var notice = page.Locator("#conflict-notice");
        await notice.GetByText("Someone else answered 'How old is the person?' at the same time.").WaitForAsync();
        (await notice.GetAttributeAsync("role")).ShouldBe("alert");
        await Axe.AssertAccessibleAsync(page);
    }

    private static int QuestionsLeft(string announcement) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(announcement, @"(\d+) questions? left in this section\.").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
}
