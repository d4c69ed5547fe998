using AngleSharp.Dom;
using Formulate.Data.Time;
using Formulate.Engine.Profiles;
using Formulate.Tests.Web.Support;
using Formulate.Web.Components.Pages.SelfAssessment;
using Formulate.Web.Reproducibility;
using Formulate.Web.SelfAssessments;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.SelfAssessment;

/// <summary>The self-assessment of a council whose configuration shows an indicative figure, without JavaScript.</summary>
public sealed class IndicativeFigurePagesTests(IndicativeFigureWebApp council) : IClassFixture<IndicativeFigureWebApp>
{
    private SelfAssessmentWebApp Web => council.Web;

    [Fact]
    public async Task Confirmation_CouncilShowsAFigure_ShowsTheEnginesFigureForTheAnswersAsAGuideAndKeepsItsVersions()
    {
        var (_, invitation) = await Web.InviteAsync();
        using var session = Web.App.NewSession();

        var paying = await session.StartAsync(invitation.Code);
        paying.Url.ShouldBe(SelfAssessmentPaths.PayingForCare);
        paying.Heading.ShouldBe("Do you expect to arrange and pay for your own care?");
        var check = await session.AnswerAllAsync(await session.FollowAsync(await session.SubmitAsync(paying, "form", new Dictionary<string, string> { ["Answer"] = "no" })), HandWorkedSelfAssessment.Choose);
        check.Document.GetElementById("figure-after-sending")!.TextContent.ShouldBe("When you send your answers, we will show you a guide to what your care might cost.");
        check.Document.QuerySelectorAll(".govuk-summary-list__value").Select(v => v.TextContent.Trim()).ShouldContain("No");
        var sent = await session.FollowAsync(await session.SubmitAsync(check, "form"));

        var stored = (await Web.Store.FindAsync(invitation.SelfAssessment.Id))!;
        var engine = Web.App.Services.GetRequiredService<EngineRegistry>().InForceOn(UkTime.DateOf(stored.SubmittedAt!.Value));
        var expected = engine.EstimateFromSelfAssessment(new NeedsProfile { AssessmentDate = UkTime.DateOf(stored.SubmittedAt.Value), Answers = SelfAssessmentJourney.AnswersOf(stored.PersonAnswersJson) });
        expected.Result!.WeeklyEstimate.ShouldBe(HandWorkedSelfAssessment.Weekly);
        var figure = sent.Document.GetElementById("indicative-figure")!;
        figure.QuerySelector("h2")!.TextContent.ShouldBe("What your care might cost");
        sent.Document.GetElementById("indicative-amount")!.TextContent.Trim().ShouldBe("£94.67 a week");
        sent.Document.QuerySelectorAll("#indicative-label p").Select(Text).ShouldBe(["This is only a guide. It is not an offer of money and it is not a decision. This is called an indicative figure."]);
        sent.Document.QuerySelectorAll("#indicative-lines li").Select(li => li.TextContent).ShouldBe([HandWorkedSelfAssessment.HouseholdLine, HandWorkedSelfAssessment.RelationshipsLine]);
        sent.Document.GetElementById("indicative-total")!.TextContent.ShouldBe("Together this comes to £94.67 a week.");
        Text(figure).ShouldContain("That is 4 hours 38 minutes of help each week.");
        Text(figure).ShouldContain("We did not ask you some things that can change the figure. One is the main reason you need support.");
        Text(figure).ShouldContain("It may be different from this one.");
        Text(figure).ShouldContain("This is called a financial assessment.");
        Text(figure).ShouldNotContain("independent personal budget");
        (stored.IndicativeWeekly, stored.IndicativeConfigurationVersion, stored.IndicativeModelVersion, stored.ArrangesOwnCare)
            .ShouldBe((HandWorkedSelfAssessment.Weekly, council.Configuration, engine.Definition.Model.Stamp, "no"));
        council.Configuration.ShouldNotBe("demo-council@2025.3", "the demo configuration shows no figure; the council published a version that does");
    }

    [Fact]
    public async Task Confirmation_HelperForASelfFunder_ShowsTheSameFigureAsTheirIndependentPersonalBudget()
    {
        var (_, invitation) = await Web.InviteAsync(caseloadPosition: 1);
        using var session = Web.App.NewSession();

        var paying = await session.StartAsync(invitation.Code, relationship: "child", helperName: "Robin Daughter");
        paying.Heading.ShouldBe("Do they expect to arrange and pay for their own care?");
        var check = await session.AnswerAllAsync(await session.FollowAsync(await session.SubmitAsync(paying, "form", new Dictionary<string, string> { ["Answer"] = "yes" })), HandWorkedSelfAssessment.Choose);
        var sent = await session.FollowAsync(await session.SubmitAsync(check, "form"));

        var figure = sent.Document.GetElementById("indicative-figure")!;
        figure.QuerySelector("h2")!.TextContent.ShouldBe("Their independent personal budget");
        sent.Document.GetElementById("indicative-amount")!.TextContent.Trim().ShouldBe("£94.67 a week");
        sent.Document.QuerySelectorAll("#indicative-label p").Select(Text).ShouldBe(
        [
            "This is only a guide. It is not an offer of money and it is not a decision. This is called an indicative figure.",
            "You told us they expect to arrange and pay for their own care. So this figure is their budget for care. This is called their independent personal budget.",
            "You can use it to plan their care and to compare prices.",
        ]);
        sent.Document.QuerySelectorAll("#indicative-lines li").Select(li => li.TextContent).ShouldBe([HandWorkedSelfAssessment.HouseholdLine, HandWorkedSelfAssessment.RelationshipsLine]);
        Text(figure).ShouldContain("One is the main reason they need support.");
        (await Web.Store.FindAsync(invitation.SelfAssessment.Id))!.IndicativeWeekly.ShouldBe(HandWorkedSelfAssessment.Weekly);
    }

    [Fact]
    public async Task PayingForCare_NothingChosen_AsksForAnAnswerAndTheQuestionsWaitForIt()
    {
        var (_, invitation) = await Web.InviteAsync();
        using var session = Web.App.NewSession();
        var paying = await session.StartAsync(invitation.Code);

        var refused = await HtmlPage.ReadAsync(await session.SubmitAsync(paying, "form"), paying.Url);
        var skipped = await session.Client.GetAsync(SelfAssessmentPaths.CheckAnswers);

        refused.ErrorSummary.ShouldBe([ArrangesOwnCare.NoAnswerMessage]);
        refused.Document.QuerySelector("#Answer-error")!.TextContent.ShouldContain(ArrangesOwnCare.NoAnswerMessage);
        skipped.LocalTarget().ShouldBe(SelfAssessmentPaths.PayingForCare);
        (await Web.Store.FindAsync(invitation.SelfAssessment.Id))!.ArrangesOwnCare.ShouldBeNull();
    }

    [Fact]
    public async Task Review_AfterAFigureWasShown_ShowsThePractitionerTheFigureItsVersionsAndWhetherTheyPayForTheirOwnCare()
    {
        var (_, invitation) = await Web.InviteAsync(caseloadPosition: 2);
        using (var person = Web.App.NewSession())
        {
            var paying = await person.StartAsync(invitation.Code);
            var check = await person.AnswerAllAsync(await person.FollowAsync(await person.SubmitAsync(paying, "form", new Dictionary<string, string> { ["Answer"] = "yes" })), HandWorkedSelfAssessment.Choose);
            await person.SubmitAsync(check, "form");
        }

        using var practitioner = Web.App.NewSession();
        await practitioner.SignInAsync("demo.practitioner");
        var review = await practitioner.GetPageAsync($"/self-assessments/{invitation.SelfAssessment.Id}");

        var rows = review.Document.QuerySelectorAll(".staff-summary-list__row")
            .ToDictionary(row => row.QuerySelector(".staff-summary-list__key")!.TextContent.Trim(), row => row.QuerySelector(".staff-summary-list__value")!.TextContent.Trim());
        var model = Web.App.Services.GetRequiredService<EngineRegistry>().InForceOn(Formulate.Engine.Parameters.ParameterSetKind.Model, UkTime.Today(Web.App.Clock)).Stamp;
        rows["Pays for their own care"].ShouldBe("Yes: expects to arrange and pay for their own care (a self-funder)");
        rows["Figure shown to them"].ShouldBe($"£94.67 a week, as an independent personal budget, worked out with {council.Configuration} and {model}");
    }

    private static string Text(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
