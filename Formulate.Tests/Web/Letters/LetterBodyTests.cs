using AngleSharp.Html.Parser;
using Formulate.Tests.Engine;
using Formulate.Tests.Web.Components.Support;
using Formulate.Tests.Web.Letters.Support;
using Formulate.Web.Components.Letters;
using Formulate.Web.Letters;

namespace Formulate.Tests.Web.Letters;

public sealed class LetterBodyTests
{
    private static async Task<AngleSharp.Dom.IDocument> RenderAsync(Letter letter, int topLevel = 1) =>
        new HtmlParser().ParseDocument(await Render.HtmlAsync<LetterBody>(("Letter", letter), ("TopLevel", topLevel)));

    [Fact]
    public async Task Render_Printed_HasTheTitleAndEverySectionHeadingInOrder()
    {
        var document = await RenderAsync(LetterExamples.Letter());

        document.QuerySelector("h1")!.TextContent.ShouldBe(LetterHeadings.Title);
        document.QuerySelectorAll("h2").Select(h => h.TextContent).ShouldBe(LetterHeadings.Sections);
    }

    [Fact]
    public async Task Render_PreferredName_GreetsThePersonByIt()
    {
        var document = await RenderAsync(LetterExamples.Letter() with { Greeting = "Joey" });

        document.QuerySelectorAll("p").Select(p => p.TextContent.Trim()).ShouldContain("Dear Joey,");
    }

    [Fact]
    public async Task Render_ChcAppendix_ListsEachAreaWithItsLevelAndTheDescriptorMatched()
    {
        var chc = LetterExamples.Result("wc02").Chc;
        var document = await RenderAsync(LetterExamples.Letter() with { Chc = chc });

        var appendix = document.QuerySelector("#chc-appendix").ShouldNotBeNull();
        appendix.QuerySelector("h2")!.TextContent.ShouldBe(LetterHeadings.ChcAppendix);
        var rows = appendix.QuerySelectorAll("tbody tr").Select(row => row.Children.Select(cell => cell.TextContent.Trim()).ToList()).ToList();
        rows.Select(row => row[0]).ShouldBe(chc.Domains.Select(domain => domain.Label));
        rows.Select(row => (row[1], row[2])).ShouldBe(chc.Domains.Select(domain => (domain.Descriptor!.Level.ToString(), domain.Descriptor.Text)));
        appendix.TextContent.ShouldContain(chc.RecommendFullChecklist ? "We think a full Checklist should be done." : "We do not think a full Checklist is needed now.");
    }

    [Fact]
    public async Task Render_ReferredToPanel_SaysThePanelAgreedTheAmountAboveTheUsualMost()
    {
        var document = await RenderAsync(LetterExamples.Letter("wc05", engine: LetterComposerTests.CapPolicy(referToPanel: true)));

        document.GetElementById("letter-panel")!.TextContent.ShouldBe(
            "This is more than the £1,600.00 a week we usually pay for support at home. A group of senior staff, called a panel, looked at the amount and agreed it, because it is what you need.");
        document.GetElementById("letter-amount")!.TextContent.ShouldContain("£3,589.97 a week");
    }

    [Fact]
    public async Task Render_NotReferredToPanel_SaysNothingOfAPanel() =>
        (await RenderAsync(LetterExamples.Letter("wc05", engine: LetterComposerTests.CapPolicy(referToPanel: false)))).GetElementById("letter-panel").ShouldBeNull();

    [Fact]
    public async Task Render_WithoutTheChcAppendix_HasNoneOfIt() =>
        (await RenderAsync(LetterExamples.Letter())).QuerySelector("#chc-appendix").ShouldBeNull();

    [Fact]
    public async Task Render_InPreview_StartsAtHeadingLevelTwo()
    {
        var document = await RenderAsync(LetterExamples.Letter(), topLevel: 2);

        document.QuerySelector("h1").ShouldBeNull();
        document.QuerySelector("h2")!.TextContent.ShouldBe(LetterHeadings.Title);
        document.QuerySelectorAll("h3").Length.ShouldBe(LetterHeadings.Sections.Count);
    }

    [Fact]
    public async Task Render_AnswersGivenByAHelper_NamesThemByHowTheyKnowThePersonAndListsWhatWasKeptAndChanged()
    {
        var letter = LetterExamples.LetterWithSelfAssessment("child", ("cognition.memory", "significant", "significant"), ("dressing.need", "prompting", "some"));

        var section = (await RenderAsync(letter)).GetElementById("letter-self-assessment").ShouldNotBeNull();

        section.QuerySelector("h2")!.TextContent.ShouldBe("What you told us online");
        Texts(section, "p").ShouldBe(
        [
            "Before we met, your son or daughter answered our questions online for you. We used these answers to work out the amount.",
            "We used these answers as they gave them:",
            "After we talked with you, we changed these answers:",
        ]);
        Texts(section, "#letter-answers-kept li").ShouldBe(["Do you have problems with memory or thinking? Yes, it often causes problems day to day"]);
        Texts(section, "#letter-answers-changed li").ShouldBe(
            ["How much help do you need to get dressed? They said: Only reminding, or someone nearby. We used: Some hands-on help."]);
        section.TextContent.ShouldNotContain("Robin");
    }

    [Fact]
    public async Task Render_AnswersGivenByThePersonAllKept_SaysSoInTheirOwnVoice()
    {
        var letter = LetterExamples.LetterWithSelfAssessment(null, ("dressing.need", "some", "some"));

        var section = (await RenderAsync(letter)).GetElementById("letter-self-assessment").ShouldNotBeNull();

        Texts(section, "p").ShouldBe(
        [
            "Before we met, you answered our questions online. We used these answers to work out the amount.",
            "We used these answers as you gave them:",
            "We did not change any of these answers.",
        ]);
        section.QuerySelector("#letter-answers-changed").ShouldBeNull();
    }

    [Fact]
    public async Task Render_NoSelfAssessment_HasNoSectionAboutOne() =>
        (await RenderAsync(LetterExamples.Letter())).GetElementById("letter-self-assessment").ShouldBeNull();

    [Fact]
    public async Task Render_AnswersFromASelfAssessment_AreShortSentencesWithoutJargon()
    {
        var letter = LetterExamples.LetterWithSelfAssessment("advocate", ("cognition.memory", "significant", "significant"), ("dressing.need", "prompting", "some"));
        var section = (await RenderAsync(letter)).GetElementById("letter-self-assessment")!;

        var sentences = Readability.Sentences(section);
        Readability.AverageWords(sentences).ShouldBeLessThanOrEqualTo(15, string.Join(Environment.NewLine, sentences));
        Readability.JargonIn(section.TextContent).ShouldBeEmpty();
    }

    [Theory]
    [WorkedCaseData]
    public async Task Render_WorkedCase_IsShortSentencesWithoutJargon(string workedCase)
    {
        var document = await RenderAsync(LetterExamples.Letter(workedCase));
        var body = document.QuerySelector("article")!;
        body.QuerySelector(".app-letter__addresses")!.Remove();

        var sentences = Readability.Sentences(body);
        Readability.AverageWords(sentences).ShouldBeLessThanOrEqualTo(15, string.Join(Environment.NewLine, sentences));
        Readability.JargonIn(body.TextContent).ShouldBeEmpty();
    }

    [Fact]
    public async Task Render_BudgetApprovedAsEstimated_GivesTheAmountAndCallsTheEstimateAStartingPoint()
    {
        var document = await RenderAsync(LetterExamples.Letter("wc01"));
        var text = document.Body!.TextContent;

        text.ShouldContain("We have agreed a budget of £295.82 a week with you.");
        text.ShouldContain("It was a starting point for planning your support.");
        text.ShouldContain("A manager approved the budget on 20 November 2026.");
        text.ShouldContain("Help with personal care: 7 hours a week, £151.48");
        document.QuerySelector("#letter-total")!.TextContent.ShouldBe("Together this comes to £295.82 a week.");
        document.QuerySelector("#letter-reason").ShouldBeNull();
    }

    [Fact]
    public async Task Render_AgreedBudget_GivesTheAgreedAmountTheChangeAsALineAndWhyItDiffers()
    {
        var letter = LetterExamples.Letter("wc01", 320m, letterReason: "You need a longer visit on Sundays.");

        var document = await RenderAsync(letter);

        var text = document.Body!.TextContent;
        text.ShouldContain("We have agreed a budget of £320.00 a week with you.");
        text.ShouldContain("Our estimate was £295.82 a week.");
        document.QuerySelector("#letter-reason")!.TextContent.ShouldBe("You need a longer visit on Sundays.");
        document.QuerySelectorAll("#letter-lines li").Select(li => li.TextContent).ShouldContain("Agreed change to the estimate: +£24.18 a week");
        document.QuerySelector("#letter-total")!.TextContent.ShouldBe("Together this comes to £320.00 a week.");
    }

    [Fact]
    public async Task Render_AnyLetter_SaysWhatThePersonMayPayAndNeverPromisesTheAmountWeWillPay()
    {
        var letter = LetterExamples.Letter("wc01", 320m);

        var document = await RenderAsync(letter);

        document.QuerySelector("#letter-financial-assessment")!.TextContent.ShouldBe(letter.FinancialAssessment);
        document.Body!.TextContent.ShouldContain("This is called a financial assessment.");
        document.Body.TextContent.ShouldNotContain("the amount we will pay", Case.Insensitive);
    }

    [Fact]
    public async Task Render_Council_ListsEveryWayToGetInTouch()
    {
        var document = await RenderAsync(LetterExamples.Letter());
        var items = document.QuerySelectorAll("li").Select(li => li.TextContent).ToList();

        items.ShouldContain("Phone: 0300 123 4567");
        items.ShouldContain("Email: adultsocialcare@demo-borough.example");
        items.ShouldContain("Write to: Adult Social Care, Town Hall, High Street, Demotown DT1 1AA");
        items.ShouldContain("Website: https://www.demo-borough.example/adult-social-care");
        document.Body!.TextContent.ShouldContain("This is called a review.");
        document.Body!.TextContent.ShouldContain("You can also complain");
    }

    private static IReadOnlyList<string> Texts(AngleSharp.Dom.IElement root, string selector) =>
        [.. root.QuerySelectorAll(selector).Select(element => System.Text.RegularExpressions.Regex.Replace(element.TextContent, @"\s+", " ").Trim())];
}
