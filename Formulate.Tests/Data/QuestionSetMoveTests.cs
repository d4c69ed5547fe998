using Formulate.Data.Audit;
using Formulate.Data.Entities;
using Formulate.Data.Profiles;
using Formulate.Engine.Json;
using Formulate.Tests.Data.Builders;
using Formulate.Tests.Data.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Data;

/// <summary>A profile not yet submitted moved to a newer question set with the answers that still apply, on the version seen.</summary>
public abstract class QuestionSetMoveTests(ITestDatabaseHost host) : DataTestBase(host)
{
    private static readonly Dictionary<string, string> Answered = new()
    {
        ["hygiene.need"] = "some",
        ["hygiene.met_by_strengths"] = "some",
        ["dressing.need"] = "prompting",
    };

    private static readonly Dictionary<string, string> StillApplying = new()
    {
        ["hygiene.need"] = "some",
        ["dressing.need"] = "prompting",
    };

    private Person _person = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _person = new PersonBuilder().WithCaseReference("QS-0001").Build();
        await using var context = Database.CreateContext();
        context.Add(_person);
        await context.SaveChangesAsync();
    }

    [Fact]
    public async Task MoveToQuestionSetAsync_DraftOnTheVersionSeen_StoresTheNewSetWithOnlyTheAnswersKeptAndIsAudited()
    {
        var draft = await StartOn2025Async();

        var moved = await Database.Profiles.MoveToQuestionSetAsync(draft.Id, "2025.1", "2026.1", StillApplying, draft.Version, "prac");

        moved.IsSaved.ShouldBeTrue();
        moved.Version.ShouldBe(draft.Version + 1);
        var stored = (await Database.Profiles.FindAsync(draft.Id)).ShouldNotBeNull();
        stored.QuestionSetVersion.ShouldBe("2026.1");
        FormulateJson.Deserialize<Dictionary<string, string>>(stored.AnswersJson).ShouldBe(StillApplying, ignoreOrder: true);
        // Kept answers still carried forward stay so, to be confirmed; the dropped one goes with its answer.
        CarriedForwardAnswers.Of(stored).ShouldBe(["dressing.need", "hygiene.need"], ignoreOrder: true);
        var audit = Database.Services.GetRequiredService<AuditLog>();
        var entry = (await audit.SearchAsync(new AuditQuery { Action = "Needs Profile moved from question set 2025.1 to 2026.1" })).ShouldHaveSingleItem().Entry;
        entry.UserName.ShouldBe("prac");
    }

    [Fact]
    public async Task MoveToQuestionSetAsync_SomeoneSavedMeanwhile_IsAConflictAndLeavesTheirAnswersOnTheOldSet()
    {
        var draft = await StartOn2025Async();
        (await Database.Profiles.SaveAnswerAsync(draft.Id, "dressing.need", "some", draft.Version, "other.prac")).IsSaved.ShouldBeTrue();

        var moved = await Database.Profiles.MoveToQuestionSetAsync(draft.Id, "2025.1", "2026.1", StillApplying, draft.Version, "prac");

        moved.Outcome.ShouldBe(SaveAnswerOutcome.Conflict);
        moved.Version.ShouldBe(draft.Version + 1);
        var stored = (await Database.Profiles.FindAsync(draft.Id))!;
        stored.QuestionSetVersion.ShouldBe("2025.1");
        FormulateJson.Deserialize<Dictionary<string, string>>(stored.AnswersJson).ShouldBe(
            new Dictionary<string, string> { ["hygiene.need"] = "some", ["hygiene.met_by_strengths"] = "some", ["dressing.need"] = "some" }, ignoreOrder: true);
    }

    [Theory]
    [InlineData(NeedsProfileStatus.Submitted)]
    [InlineData(NeedsProfileStatus.Approved)]
    public async Task MoveToQuestionSetAsync_SubmittedOrApproved_IsRefusedAndTheProfileStaysAsItWas(NeedsProfileStatus status)
    {
        var draft = await StartOn2025Async();
        await using (var context = Database.CreateContext())
        {
            context.Attach(draft).Entity.Status = status;
            await context.SaveChangesAsync();
        }

        var version = (await Database.Profiles.FindAsync(draft.Id))!.Version;
        var moved = await Database.Profiles.MoveToQuestionSetAsync(draft.Id, "2025.1", "2026.1", StillApplying, version, "prac");

        moved.Outcome.ShouldBe(SaveAnswerOutcome.NotEditable);
        var stored = (await Database.Profiles.FindAsync(draft.Id))!;
        stored.QuestionSetVersion.ShouldBe("2025.1");
        FormulateJson.Deserialize<Dictionary<string, string>>(stored.AnswersJson).ShouldBe(Answered, ignoreOrder: true);
    }

    [Fact]
    public async Task MoveToQuestionSetAsync_SeenOnAnotherSetThanItIsOn_IsAConflict()
    {
        var draft = await StartOn2025Async();

        var moved = await Database.Profiles.MoveToQuestionSetAsync(draft.Id, "2024.1", "2026.1", StillApplying, draft.Version, "prac");

        moved.Outcome.ShouldBe(SaveAnswerOutcome.Conflict);
        (await Database.Profiles.FindAsync(draft.Id))!.QuestionSetVersion.ShouldBe("2025.1");
    }

    private Task<NeedsProfile> StartOn2025Async() =>
        Database.Profiles.CreateAsync(_person.Id, new DateOnly(2026, 11, 22), "2025.1", "prac", Answered);
}
