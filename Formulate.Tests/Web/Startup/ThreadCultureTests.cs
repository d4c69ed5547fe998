using System.Globalization;
using AngleSharp.Html.Parser;
using Formulate.Engine.Defaults;
using Formulate.Engine.Profiles;
using Formulate.Tests.Engine;
using Formulate.Tests.Web.Components.Support;
using Formulate.Tests.Web.Letters;
using Formulate.Tests.Web.Letters.Support;
using Formulate.Web.Components.Letters;
using Formulate.Web.Components.Practice;
using Formulate.Web.Method;

namespace Formulate.Tests.Web.Startup;

/// <summary>
/// The letter, the estimate summary, the method document and the engine's own words read the same whatever culture the
/// thread runs in: every date, amount and count is formatted in British English explicitly, not by the culture that
/// the request middleware happens to set. French writes "1 234,56" and "1 avril 2025"; Thai writes the year 2025 as 2568.
/// </summary>
public sealed class ThreadCultureTests
{
    public static TheoryData<string> Cultures => new() { "fr-FR", "th-TH", "" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task LetterBody_ComposedAndRenderedInAnotherCulture_WritesBritishDatesAndAmounts(string culture)
    {
        var text = await InCultureAsync(culture, async () =>
        {
            var letter = LetterExamples.Letter("wc05", engine: LetterComposerTests.CapPolicy(referToPanel: true));
            return Text(await Render.HtmlAsync<LetterBody>(("Letter", letter)));
        });

        // The examples' letter is dated 22 November 2026 and approved on 20 November 2026; wc05's estimate of £3,589.97 is
        // £1,989.97 above the cap of £1,600.00 (LetterComposerTests works them out).
        text.ShouldContain("Date: 22 November 2026");
        text.ShouldContain("A manager approved the budget on 20 November 2026.");
        text.ShouldContain("We have agreed a budget of £3,589.97 a week with you.");
        text.ShouldContain("This is more than the £1,600.00 a week we usually pay for support at home.");
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task EstimateSummary_EstimatedAndRenderedInAnotherCulture_WritesBritishAmountsInTheTableAndTheWorking(string culture)
    {
        // wc02 with nobody's help counted: the carer gives no help that paid care would replace, so the carer's breaks are
        // limited to £0.00 a week, and the engine says so in its working.
        var profile = WithoutUnpaidHelp(WorkedCaseDataAttribute.Load("wc02").Profile);

        var (summary, working) = await InCultureAsync(culture, async () =>
        {
            var result = EngineFixtures.Shipped.Estimate(profile).Result.ShouldNotBeNull();
            return (Text(await Render.HtmlAsync<AllocationSummary>(("Result", result))),
                Text(await Render.HtmlAsync<EstimateWorking>(("Result", result), ("Questions", DefaultDefinitions.Definition.Questions))));
        });

        // wc02's home care is £21.64 an hour (the configuration's rate from 1 April 2025).
        summary.ShouldContain("£21.64 an hour");
        working.ShouldContain("Limited to £0.00 a week, the paid care that the carer's support replaces");
        working.ShouldContain("in force from 1 April 2025");
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task MethodBody_BuiltAndRenderedInAnotherCulture_WritesBritishDatesAndAmounts(string culture)
    {
        var text = await InCultureAsync(culture, async () =>
            Text(await Render.HtmlAsync<MethodBody>(("Document", MethodDocumentBuilder.Build(DefaultDefinitions.Definition)))));

        // The shipped configuration's high-end cap: £1,600 a week from 1 April 2025.
        text.ShouldContain("£1,600.00 a week");
        text.ShouldContain("1 April 2025");
        text.ShouldNotContain("2568");
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task Estimate_NoRateInForceOnTheAssessmentDateInAnotherCulture_NamesTheDateInBritishEnglish(string culture)
    {
        // The shipped rates start on 1 April 2025, so an assessment a year earlier finds none in force.
        var profile = WorkedCaseDataAttribute.Load("wc02").Profile with { AssessmentDate = new DateOnly(2024, 4, 1) };

        var problems = await InCultureAsync(culture, () => Task.FromResult(EngineFixtures.Shipped.Estimate(profile).Problems));

        problems.ShouldNotBeEmpty();
        problems.ShouldAllBe(problem => problem.Message.Contains("in force on 1 April 2024; add a value that starts on or before that date"));
    }

    private static NeedsProfile WithoutUnpaidHelp(NeedsProfile profile) => profile with
    {
        Answers = profile.Answers
            .Where(answer => !answer.Key.EndsWith(".unpaid_sustainable", StringComparison.Ordinal))
            .ToDictionary(answer => answer.Key, answer => answer.Key.EndsWith(".unpaid", StringComparison.Ordinal) ? "none" : answer.Value),
    };

    private static string Text(string html) =>
        string.Join(' ', new HtmlParser().ParseDocument(html).Body!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Runs the work with the thread's culture and UI culture set to <paramref name="name"/> ("" the invariant culture), as a server set up in that language would.</summary>
    private static async Task<T> InCultureAsync<T>(string name, Func<Task<T>> work)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return await work();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
