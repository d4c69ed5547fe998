using Formulate.Tests.Web.Letters.Support;
using Formulate.Tests.Web.Support;
using Formulate.Web.Letters;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Letters;

public sealed class AgreedBudgetLetterTests(FormulateWebFactory factory) : IClassFixture<FormulateWebFactory>
{
    private const string InternalNote = "Agatha's care is given by a team that knows sight loss.";

    [Fact]
    public async Task ComposeAsync_PersonWithAnApprovedBudget_ExplainsTheAgreedAmountWithTheCouncilsReasonAndNotTheNote()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Agatha");
        var snapshot = await LetterData.AddEstimateAsync(factory.Services, person.Id);
        await LetterData.ApproveAsync(factory.Services, snapshot, 420.00m, "Specialist provider", InternalNote);

        var outcome = await factory.Services.GetRequiredService<LetterService>().ComposeAsync(CaseWorkers.Practitioner(), person.Id);

        var letter = outcome.Value.ShouldNotBeNull().Letter.ShouldNotBeNull();
        letter.Agreed.WeeklyAmount.ShouldBe(420.00m);
        letter.Agreed.Reason.ShouldBe("You need support from a specialist care provider, and this costs more.");
        letter.Lines.Sum(line => line.WeeklyAmount).ShouldBe(420.00m);
        Formulate.Engine.Json.FormulateJson.Serialize(letter).ShouldNotContain("sight loss");
    }

    [Fact]
    public async Task ComposeAsync_ReasonWrittenForTheLetterOnSubmitting_IsTheReasonTheLetterGives()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Dora");
        var snapshot = await LetterData.AddEstimateAsync(factory.Services, person.Id);
        await LetterData.ApproveAsync(factory.Services, snapshot, 420.00m, "Specialist provider", InternalNote, "Your carers need to know about sight loss.");

        var letter = (await factory.Services.GetRequiredService<LetterService>().ComposeAsync(CaseWorkers.Practitioner(), person.Id)).Value!.Letter!;

        letter.Agreed.Reason.ShouldBe("Your carers need to know about sight loss.");
    }

    [Fact]
    public async Task ComposeAsync_NewerEstimateSinceTheBudgetWasAgreed_KeepsTheApprovedBudgetAndNamesTheNewEstimateInANotice()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Cecily");
        var agreedFrom = await LetterData.AddEstimateAsync(factory.Services, person.Id);
        await LetterData.ApproveAsync(factory.Services, agreedFrom, agreedFrom.WeeklyEstimate + 20m, "Specialist provider", "Cecily's care is given by a team that knows sight loss.");
        factory.Clock.Advance(TimeSpan.FromDays(1));
        await LetterData.AddEstimateAsync(factory.Services, person.Id, "wc02");

        var outcome = (await factory.Services.GetRequiredService<LetterService>().ComposeAsync(CaseWorkers.Practitioner(), person.Id)).Value.ShouldNotBeNull();

        var letter = outcome.Letter.ShouldNotBeNull();
        // wc01's estimate, £295.82, and £20.00 more agreed.
        letter.WeeklyEstimate.ShouldBe(295.82m);
        letter.WeeklyAmount.ShouldBe(315.82m);
        outcome.Notice.ShouldNotBeNull().ShouldStartWith("A newer estimate of £703.56 has not been approved; this letter explains the budget approved on ");
    }

    [Fact]
    public async Task ComposeAsync_PersonWithOnlyAnEstimate_SaysNoBudgetHasBeenApproved()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Bernard");
        await LetterData.AddEstimateAsync(factory.Services, person.Id);

        var outcome = (await factory.Services.GetRequiredService<LetterService>().ComposeAsync(CaseWorkers.Practitioner(), person.Id)).Value.ShouldNotBeNull();

        outcome.Letter.ShouldBeNull();
        outcome.Problem.ShouldBe("No budget has been approved for Bernard Letterby yet; a letter can be printed once a manager approves it");
    }
}
