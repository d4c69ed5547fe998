using Formulate.Analysis.Text;
using Formulate.Data.Seeding;
using Formulate.Engine;
using Formulate.Engine.Profiles;
using Formulate.Tests.Browser.Support;
using Formulate.Tests.Web.Support;
using Formulate.Web.People;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Formulate.Tests.Browser;

/// <summary>The Needs Profile as a guided form: all of a section on one screen, straight on to the next section.</summary>
[Collection(SecondBrowserTestGroup.Name)]
public sealed class GuidedProfileBrowserTests(BrowserFixture fixture, Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>
    /// The simple case of issue 24: an 82-year-old living alone, with no unpaid carer, who needs some help to wash and a
    /// prompt to dress in the morning, walks with a frame, goes out with someone and is prompted to take one round of
    /// medicines a day. Everything else is "no help needed".
    /// </summary>
    private static readonly Dictionary<string, string> SimpleCase = new()
    {
        ["person.eligibility_decided"] = "yes", ["person.age_band"] = "75_84", ["person.primary_support_reason"] = "physical_personal_care",
        ["person.living_situation"] = "own_home_alone", ["person.has_unpaid_carer"] = "no",
        ["hygiene.need"] = "some", ["hygiene.met_by_strengths"] = "some", ["hygiene.met_by_community"] = "none", ["toileting.need"] = "none",
        ["dressing.need"] = "prompting", ["dressing.met_by_strengths"] = "some", ["dressing.met_by_community"] = "none",
        ["personal_care.morning"] = "yes", ["personal_care.midday"] = "no", ["personal_care.evening"] = "no", ["personal_care.bedtime"] = "no",
        ["nutrition.need"] = "none", ["home_safety.need"] = "none", ["home_environment.need"] = "none",
        ["relationships.need"] = "none", ["community.need"] = "none", ["work.need"] = "none", ["child_care.has_children"] = "no",
        ["mobility.walking"] = "with_aid", ["mobility.transfers"] = "independent", ["mobility.weight_bearing"] = "fully", ["mobility.falls"] = "none",
        ["mobility.repositioning"] = "none", ["mobility.outdoors"] = "with_someone",
        ["cognition.memory"] = "no_concerns", ["cognition.risk_awareness"] = "aware", ["cognition.decisions"] = "independent", ["cognition.orientation"] = "oriented",
        ["communication.expressing"] = "no_difficulty", ["communication.understanding"] = "no_difficulty", ["communication.interpreter"] = "no",
        ["behaviour.present"] = "no", ["emotional.wellbeing"] = "settled", ["emotional.engagement"] = "engages", ["emotional.services"] = "no",
        ["night.need"] = "none",
        ["medication.support"] = "prompting", ["medication.times_per_day"] = "1", ["medication.symptom_control"] = "stable",
        ["health.tasks"] = "no", ["health.any_needs"] = "no",
    };

    [Fact]
    public async Task SimpleCase_CompletedThroughTheGuidedForm_TakesAtMost45AnswersAnd60Clicks()
    {
        // Someone new to the council: a person from the shared caseload may have an agreed budget by now, which makes this a review.
        var person = await Formulate.Tests.Web.Letters.Support.LetterData.AddPersonAsync(fixture.App.Services, "Edith", team: DemoAccounts.NorthTeam);
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, $"/people/{person.Id}");
        var clicks = 0;
        var answers = 0;
        var sections = new List<string>();

        await page.GetByRole(AriaRole.Button, new() { Name = "Start a new Needs Profile" }).ClickAsync();
        clicks++;
        await Pages.AddressAsync(page, url => url.Contains("/profiles/", StringComparison.Ordinal), loaded: null);
        var profileId = Guid.Parse(new Uri(page.Url).Segments[2].TrimEnd('/'));
        await Pages.ReadyAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start answering" }).ClickAsync();
        clicks++;

        while (true)
        {
            // The new section's heading takes focus once it is drawn; until then the last section may still be on screen.
            await Pages.MovedToAsync(page, url => url.Contains("/sections/", StringComparison.Ordinal) && !sections.Contains(url));
            sections.Add(page.Url);
            await Pages.Connected(page).WaitForAsync();
            answers += await AnswerSectionAsync(page);
            var next = page.Locator("#next-section");
            var text = (await next.InnerTextAsync()).Trim();
            await next.ClickAsync();
            clicks++;
            if (text == "Continue to the estimate")
            {
                break;
            }
        }

        await Pages.AddressAsync(page, url => url.EndsWith("/result", StringComparison.Ordinal), loaded: null);
        await Pages.ReadyAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Calculate the estimate" }).ClickAsync();
        clicks++;
        var stored = await TestProfiles.AnswersAsync(fixture.App, profileId);
        var expected = fixture.App.Services.GetRequiredService<FormulateEngine>()
            .Estimate(new NeedsProfile { AssessmentDate = Formulate.Data.Time.UkTime.Today(TimeProvider.System), Answers = stored }).Result.ShouldNotBeNull();
        await page.Locator("#weekly-estimate").GetByText($"{Pounds.Format(expected.WeeklyEstimate)} a week").WaitForAsync();

        output.WriteLine($"{answers} answers and {clicks} other clicks over {sections.Count} sections");
        stored.ShouldBe(SimpleCase, ignoreOrder: true);
        sections.Select(url => url.Split("/sections/")[1]).ShouldNotContain("carer", "nobody gives unpaid help, so the carer's section is not shown");
        answers.ShouldBeLessThanOrEqualTo(45, $"answers over {sections.Count} sections");
        (clicks + answers).ShouldBeLessThanOrEqualTo(60, $"{answers} answers and {clicks} other clicks over {sections.Count} sections");
    }

    [Fact]
    public async Task SectionPage_PopulatedThenWithErrors_IsAccessibleAtBothWidthsWithTheEstimateKeptInView()
    {
        var profileId = await TestProfiles.CreateAsync(fixture.App, new Dictionary<string, string>
        {
            ["person.has_unpaid_carer"] = "yes", ["hygiene.need"] = "some", ["hygiene.met_by_strengths"] = "none",
        });
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, $"/profiles/{profileId}/sections/personal-care");

        (await page.Locator("#section-nav [aria-current=step]").InnerTextAsync()).ShouldContain("Personal care");
        (await page.Locator("#section-nav li[data-section=carer]").CountAsync()).ShouldBe(1, "someone gives unpaid help");
        await SelfAssessmentSteps.AccessibleAtBothWidthsAsync(page);
        await page.Locator("#next-section").ScrollIntoViewIfNeededAsync();
        var panel = await page.Locator("#estimate-panel").BoundingBoxAsync();
        panel.ShouldNotBeNull().Y.ShouldBeInRange(0, 900 - panel.Height, "the estimate stays in view at the foot of the section");

        await page.Locator("#next-section").ClickAsync();

        await page.Locator(".staff-error-summary").WaitForAsync();
        await page.WaitForFunctionAsync("() => document.activeElement?.classList.contains('staff-error-summary')");
        (await page.Locator(".staff-error-summary a").AllInnerTextsAsync()).ShouldContain("Select when the person needs personal care, or none of these times");
        (await page.TitleAsync()).ShouldStartWith("Error: ");
        await SelfAssessmentSteps.AccessibleAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task Section_KeyboardAlone_IsAnsweredTimesOfDayIncludedAndLeadsToTheNextSection()
    {
        var profileId = await TestProfiles.CreateAsync(fixture.App, new Dictionary<string, string> { ["person.has_unpaid_carer"] = "no" });
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, $"/profiles/{profileId}/sections/personal-care");

        // "Some hands-on help" to washing, with the arrow keys, which reveals its follow-ups and the times of day.
        await Keyboard.TabToAsync(page, f => f.Type == "radio" && f.Name == "hygiene.need");
        await ChooseAsync(page, "ArrowDown");
        await ChooseAsync(page, "ArrowDown");
        (await page.Locator("input[name='hygiene.need']:checked").GetAttributeAsync("value")).ShouldBe("some");
        while (true)
        {
            var focused = await Keyboard.TabToAsync(page, f => (f.Type is "radio" or "checkbox" && !f.GroupAnswered) || f.Tag == "button");
            if (focused.Tag == "button")
            {
                focused.Text.ShouldBe("Next section: Eating and drinking");
                break;
            }

            await ChooseAsync(page, "Space");
        }

        var stored = await TestProfiles.AnswersAsync(fixture.App, profileId);
        stored["personal_care.morning"].ShouldBe("yes");
        stored["personal_care.midday"].ShouldBe("no");
        stored["personal_care.evening"].ShouldBe("no");
        stored["personal_care.bedtime"].ShouldBe("no");
        await page.Keyboard.PressAsync("Enter");
        await Pages.MovedToAsync(page, url => url.EndsWith("/sections/eating", StringComparison.Ordinal));
        (await page.EvaluateAsync<string>("() => document.activeElement.innerText")).ShouldBe("Eating and drinking");
        await Axe.AssertAccessibleAsync(page);
    }

    private static async Task ChooseAsync(IPage page, string key)
    {
        var saves = await Pages.SavesAsync(page);
        await page.Keyboard.PressAsync(key);
        await Pages.WaitForSaveAsync(page, saves);
    }

    /// <summary>Answers every question of the section shown that the simple case answers, as they appear; returns the number of clicks.</summary>
    private static async Task<int> AnswerSectionAsync(IPage page)
    {
        var clicks = 0;
        while (await NextUnansweredAsync(page) is { } group)
        {
            if (group.Checkbox)
            {
                // One box for each time the person needs help; none ticked is "None of these times".
                var ticked = group.Names.Where(name => SimpleCase[name] == "yes").ToList();
                foreach (var name in ticked.Count > 0 ? ticked : [$"{group.Names[0]}-none"])
                {
                    await ClickLabelAsync(page, $"input[type=checkbox][name=\"{name}\"]");
                    clicks++;
                }
            }
            else
            {
                await ClickLabelAsync(page, $"input[type=radio][name=\"{group.Names[0]}\"][value=\"{SimpleCase[group.Names[0]]}\"]");
                clicks++;
            }
        }

        return clicks;
    }

    private static async Task ClickLabelAsync(IPage page, string input)
    {
        var id = await page.Locator(input).GetAttributeAsync("id");
        var saves = await Pages.SavesAsync(page);
        await page.Locator($"label[for=\"{id}\"]").ClickAsync();
        await Pages.WaitForSaveAsync(page, saves);
    }

    /// <summary>The first question on the page with nothing chosen: its radios' name, or its boxes' names.</summary>
    private static async Task<(bool Checkbox, string[] Names)?> NextUnansweredAsync(IPage page)
    {
        var group = await page.EvaluateAsync<string[]?>("""
            () => {
              for (const fieldset of document.querySelectorAll('#questions fieldset')) {
                const inputs = [...fieldset.querySelectorAll(':scope input')].filter(i => i.closest('fieldset') === fieldset);
                if (inputs.length === 0 || inputs.some(i => i.checked)) continue;
                if (inputs[0].type === 'checkbox') return ['checkbox', ...inputs.filter(i => !i.name.endsWith('-none')).map(i => i.name)];
                return ['radio', inputs[0].name];
              }
              return null;
            }
            """);
        return group is null ? null : (group[0] == "checkbox", group[1..]);
    }
}
