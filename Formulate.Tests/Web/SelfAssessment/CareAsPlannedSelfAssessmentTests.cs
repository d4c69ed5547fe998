using Formulate.Data.Time;
using Formulate.Engine.Profiles;
using Formulate.Tests.Web.Support;
using Formulate.Web.Components.Pages.SelfAssessment;
using Formulate.Web.People;
using Formulate.Web.Reproducibility;
using Formulate.Web.SelfAssessments;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.SelfAssessment;

/// <summary>The self-assessment of a council on the care-as-planned model: question set 2026.1, in the person's own words.</summary>
public sealed class CareAsPlannedSelfAssessmentTests(CareAsPlannedSelfAssessmentTests.App app) : IClassFixture<CareAsPlannedSelfAssessmentTests.App>
{
    public sealed class App : IDisposable
    {
        public SelfAssessmentWebApp Web { get; } = new(new Dictionary<string, string?> { ["Formulate:Engine:Model"] = "formulate-core@2026.1" });

        public void Dispose() => Web.Dispose();
    }

    [Fact]
    public async Task Journey_CouncilOnCareAsPlanned_AsksTheNewQuestionsInThePersonsOwnWordsAndSendsAnswersTheModelCanEstimate()
    {
        var journey = app.Web.App.Services.GetRequiredService<SelfAssessmentJourney>();
        var person = (await app.Web.App.Services.GetRequiredService<PeopleService>().ListCaseloadAsync(CaseWorkers.Practitioner()))[0];
        var invitation = await app.Web.Store.InviteAsync(person.PersonId, journey.Questions.Version, "demo.practitioner");
        using var session = app.Web.App.NewSession();
        var page = await session.StartAsync(invitation.Code);
        HtmlPage? arrangement = null;
        var asked = new List<string>();

        for (var i = 0; i < 200 && page.Url.StartsWith("/self-assessment/questions/", StringComparison.Ordinal); i++)
        {
            var questionId = Uri.UnescapeDataString(page.Url["/self-assessment/questions/".Length..]);
            asked.Add(questionId);
            arrangement = questionId == "support.arrangement" ? page : arrangement;
            page = await session.AnswerAsync(page, page.Document.QuerySelector("input[name=Answer]")!.GetAttribute("value")!);
        }

        journey.Questions.Version.ShouldBe("2026.1");
        arrangement.ShouldNotBeNull().Heading.ShouldBe("How will your support at home be arranged?");
        arrangement.Document.QuerySelectorAll(".govuk-radios__label").Select(label => label.TextContent.Trim()).ShouldBe(
        [
            "The council arranges it with a care company",
            "You pay a care company with a direct payment",
            "You pay your own personal assistant with a direct payment",
        ]);
        arrangement.Document.QuerySelector(".govuk-hint")!.TextContent.Trim()
            .ShouldBe("A direct payment is money from the council that you use to pay for your own support.");
        asked.ShouldNotContain("carer.own_needs");
        asked.ShouldNotContain("person.eligibility_decided");
        page.Url.ShouldBe(SelfAssessmentPaths.CheckAnswers);
        await session.FollowAsync(await session.SubmitAsync(page, "form"));
        var stored = (await app.Web.Store.FindAsync(invitation.SelfAssessment.Id))!;
        var answers = SelfAssessmentJourney.AnswersOf(stored.PersonAnswersJson);
        answers["support.arrangement"].ShouldBe("agency");
        var date = UkTime.DateOf(stored.SubmittedAt!.Value);
        var engine = app.Web.App.Services.GetRequiredService<EngineRegistry>().InForceOn(date);
        engine.Definition.Stamp.Model.ShouldBe("formulate-core@2026.1");
        engine.EstimateFromSelfAssessment(new NeedsProfile { AssessmentDate = date, Answers = answers }).Problems.ShouldBeEmpty();
    }
}
