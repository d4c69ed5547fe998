using Formulate.Data.Entities;
using Formulate.Data.Profiles;
using Formulate.Engine;
using Formulate.Engine.Json;
using Formulate.Tests.Web.Support;
using Formulate.Tests.Web.Worktray;
using Formulate.Web.People;
using Formulate.Web.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Profiles;

/// <summary>A reassessment starts from the answers of the person's agreed Needs Profile, each to confirm or change.</summary>
[Collection(SharedWebAppGroup.Name)]
public sealed class ReassessmentTests(FormulateWebFactory factory)
{
    private PeopleService People => factory.Services.GetRequiredService<PeopleService>();

    private FormulateEngine Engine => factory.Services.GetRequiredService<FormulateEngine>();

    [Fact]
    public async Task StartProfileAsync_PersonWithAnAgreedBudget_CarriesItsAnswersForwardAndListsThoseNoLongerAsked()
    {
        var agreed = await AgreedAsync("Hafwen", new Dictionary<string, string?> { ["retired.question"] = "yes" });

        var started = (await People.StartProfileAsync(CaseWorkers.Practitioner(), agreed.Person.Id, new DateOnly(2026, 11, 23), Engine.Definition.Questions)).Value!;

        var expected = SubmittedWork.Answers;
        FormulateJson.Deserialize<Dictionary<string, string>>(started.Profile.AnswersJson).ShouldBe(expected, ignoreOrder: true);
        CarriedForwardAnswers.Of(started.Profile).ShouldBe(expected.Keys, ignoreOrder: true);
        started.Dropped.ShouldBe(["retired.question"]);
        started.Profile.Status.ShouldBe(NeedsProfileStatus.Draft);
    }

    [Fact]
    public async Task StartProfileAsync_NoAgreedBudget_StartsBlank()
    {
        var submitted = await SubmittedWork.SubmitAsync(factory.Services, "test.practitioner", "Ifanwy");

        var started = (await People.StartProfileAsync(CaseWorkers.Practitioner(), submitted.Person.Id, new DateOnly(2026, 11, 23), Engine.Definition.Questions)).Value!;

        started.Profile.AnswersJson.ShouldBe(NeedsProfile.EmptyAnswers);
        CarriedForwardAnswers.Of(started.Profile).ShouldBeEmpty();
        started.Dropped.ShouldBeEmpty();
    }

    [Fact]
    public void CarryForward_AnswerNoLongerOfferedAndQuestionNoLongerAsked_AreDroppedAndTheRestKept()
    {
        var agreed = new Dictionary<string, string>
        {
            ["person.living_situation"] = "own_home_alone",
            ["person.age_band"] = "120_plus",
            // Asked only when someone lives with family: not for someone who lives alone.
            ["person.lives_with"] = "partner",
        };

        var carried = Reassessment.CarryForward(Engine.Definition.Questions, agreed);

        carried.Kept.ShouldBe(new Dictionary<string, string> { ["person.living_situation"] = "own_home_alone" });
        carried.Dropped.ShouldBe(["person.age_band", "person.lives_with"]);
    }

    [Fact]
    public async Task TaskList_JustStartedWithAnswersNotCarriedForward_ListsThemOnce()
    {
        var agreed = await AgreedAsync("Mererid");
        var started = (await People.StartProfileAsync(CaseWorkers.Practitioner(), agreed.Person.Id, new DateOnly(2026, 11, 23), Engine.Definition.Questions)).Value!;
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        var listed = await session.GetPageAsync($"/profiles/{started.Profile.Id}?dropped=retired.question,old.answer");
        var later = await session.GetPageAsync($"/profiles/{started.Profile.Id}");

        listed.Document.QuerySelectorAll("#dropped-answers li").Select(li => li.TextContent).ShouldBe(["retired.question", "old.answer"]);
        listed.Document.QuerySelector("#dropped-answers")!.GetAttribute("data-shown-once").ShouldBe("dropped");
        later.Document.QuerySelector("#dropped-answers").ShouldBeNull();
    }

    [Fact]
    public async Task TaskListAndSubmitPage_AnswersStillCarriedForward_CountThemPerSectionAndRefuseToSubmitWithLinks()
    {
        var agreed = await AgreedAsync("Lowri");
        var started = (await People.StartProfileAsync(CaseWorkers.Practitioner(), agreed.Person.Id, new DateOnly(2026, 11, 23), Engine.Definition.Questions)).Value!;
        var store = factory.Services.GetRequiredService<NeedsProfileStore>();
        var personalCare = Engine.Definition.Questions.Questions.Where(q => q.Section == "personal-care" && SubmittedWork.Answers.ContainsKey(q.Id)).Select(q => q.Id).ToList();
        var others = CarriedForwardAnswers.Of(started.Profile).Except(personalCare).ToList();
        (await store.ConfirmCarriedForwardAsync(started.Profile.Id, others, started.Profile.Version, "demo.practitioner")).IsSaved.ShouldBeTrue();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        var tasks = await session.GetPageAsync($"/profiles/{started.Profile.Id}");
        var submit = await session.GetPageAsync($"/profiles/{started.Profile.Id}/submit");

        var carriedTasks = tasks.Document.QuerySelectorAll(".staff-task-list__item").Where(item => item.TextContent.Contains("carried forward", StringComparison.Ordinal)).ToList();
        var task = carriedTasks.ShouldHaveSingleItem();
        task.QuerySelector("a")!.GetAttribute("href").ShouldBe($"/profiles/{started.Profile.Id}/sections/personal-care");
        task.QuerySelector(".staff-tag")!.TextContent.Trim().ShouldBe($"{personalCare.Count} carried forward");
        var refusal = submit.Document.QuerySelector("#carried-forward-refusal").ShouldNotBeNull();
        refusal.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldBe([$"/profiles/{started.Profile.Id}/sections/personal-care"]);
        refusal.QuerySelector("li")!.TextContent.ShouldBe($"Personal care ({personalCare.Count} answers)");
        submit.Document.QuerySelector("main form").ShouldBeNull();
    }

    private async Task<SubmittedWork> AgreedAsync(string givenName, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var work = await SubmittedWork.SubmitAsync(factory.Services, "test.practitioner", givenName, extra: extra);
        await work.DecideAsync(factory.Services, DecisionOutcome.Approved);
        return work;
    }
}
