using Formulate.Data.Entities;
using Formulate.Data.Profiles;
using Formulate.Engine.Json;
using Formulate.Tests.Data.Builders;
using Formulate.Tests.Data.Infrastructure;

namespace Formulate.Tests.Data;

/// <summary>A reassessment's answers carried forward from the last agreed profile, until each is confirmed or changed.</summary>
public abstract class CarriedForwardAnswersTests(ITestDatabaseHost host) : DataTestBase(host)
{
    private static readonly Dictionary<string, string> Agreed = new()
    {
        ["person.age_band"] = "75_84",
        ["hygiene.need"] = "some",
        ["dressing.need"] = "prompting",
    };

    private Person _person = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _person = new PersonBuilder().WithCaseReference("CF-0001").Build();
        await using var context = Database.CreateContext();
        context.Add(_person);
        await context.SaveChangesAsync();
    }

    [Fact]
    public async Task CreateAsync_WithAnswersCarriedForward_StoresTheAnswersEachMarkedCarriedForward()
    {
        var created = await StartReassessmentAsync();

        var stored = (await Database.Profiles.FindAsync(created.Id)).ShouldNotBeNull();
        FormulateJson.Deserialize<Dictionary<string, string>>(stored.AnswersJson).ShouldBe(Agreed, ignoreOrder: true);
        CarriedForwardAnswers.Of(stored).ShouldBe(["dressing.need", "hygiene.need", "person.age_band"], ignoreOrder: true);
    }

    [Fact]
    public async Task SaveAnswersAsync_OneChangedAndOneRemoved_AreNoLongerCarriedForwardAndTheRestStillAre()
    {
        var created = await StartReassessmentAsync();

        var saved = await Database.Profiles.SaveAnswersAsync(
            created.Id, new Dictionary<string, string?> { ["hygiene.need"] = "most", ["dressing.need"] = null }, created.Version, "prac");

        saved.IsSaved.ShouldBeTrue();
        CarriedForwardAnswers.Of((await Database.Profiles.FindAsync(created.Id))!).ShouldBe(["person.age_band"]);
    }

    [Fact]
    public async Task ConfirmCarriedForwardAsync_OneAnswer_KeepsItsAnswerAndStopsMarkingOnlyIt()
    {
        var created = await StartReassessmentAsync();

        var confirmed = await Database.Profiles.ConfirmCarriedForwardAsync(created.Id, ["hygiene.need"], created.Version, "prac");

        confirmed.IsSaved.ShouldBeTrue();
        confirmed.Version.ShouldBe(created.Version + 1);
        var stored = (await Database.Profiles.FindAsync(created.Id))!;
        CarriedForwardAnswers.Of(stored).ShouldBe(["dressing.need", "person.age_band"], ignoreOrder: true);
        FormulateJson.Deserialize<Dictionary<string, string>>(stored.AnswersJson)!["hygiene.need"].ShouldBe("some");
    }

    [Fact]
    public async Task ConfirmCarriedForwardAsync_SomeoneSavedMeanwhile_IsAConflictAndConfirmsNothing()
    {
        var created = await StartReassessmentAsync();
        (await Database.Profiles.SaveAnswerAsync(created.Id, "dressing.need", "some", created.Version, "other.prac")).IsSaved.ShouldBeTrue();

        var confirmed = await Database.Profiles.ConfirmCarriedForwardAsync(created.Id, ["hygiene.need"], created.Version, "prac");

        confirmed.Outcome.ShouldBe(SaveAnswerOutcome.Conflict);
        CarriedForwardAnswers.Of((await Database.Profiles.FindAsync(created.Id))!).ShouldBe(["hygiene.need", "person.age_band"], ignoreOrder: true);
    }

    [Fact]
    public async Task ConfirmCarriedForwardAsync_SubmittedProfile_IsNotEditable()
    {
        var created = await StartReassessmentAsync();
        await using (var context = Database.CreateContext())
        {
            context.Attach(created).Entity.Status = NeedsProfileStatus.Submitted;
            await context.SaveChangesAsync();
        }

        var version = (await Database.Profiles.FindAsync(created.Id))!.Version;
        var confirmed = await Database.Profiles.ConfirmCarriedForwardAsync(created.Id, ["hygiene.need"], version, "prac");

        confirmed.Outcome.ShouldBe(SaveAnswerOutcome.NotEditable);
    }

    private Task<NeedsProfile> StartReassessmentAsync() =>
        Database.Profiles.CreateAsync(_person.Id, new DateOnly(2026, 11, 22), "2026.1", "prac", Agreed);
}
