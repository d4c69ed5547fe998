using Formulate.Data.Entities;
using Formulate.Data.SignOff;
using Formulate.Tests.Web.Letters.Support;
using Formulate.Tests.Web.Support;
using Formulate.Web.Letters;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Letters;

public sealed class AgreedBudgetLetterTests(FormulateWebFactory factory) : IClassFixture<FormulateWebFactory>
{
    [Fact]
    public async Task ComposeAsync_PersonWithAnApprovedBudget_ExplainsTheAgreedAmountAndWhyItDiffers()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Agatha");
        var snapshot = await LetterData.AddEstimateAsync(factory.Services, person.Id);
        var signOff = factory.Services.GetRequiredService<SignOffStore>();
        var submitted = await signOff.SubmitAsync(new NewSubmission
        {
            NeedsProfileId = snapshot.NeedsProfileId,
            EstimateSnapshotId = snapshot.Id,
            ProposedWeekly = 420.00m,
            DifferenceReason = "Specialist provider",
            DifferenceNote = "Agatha's care is given by a team that knows sight loss.",
        }, "test.practitioner");
        submitted.Errors.ShouldBeEmpty();
        (await signOff.DecideAsync(submitted.SubmissionId!.Value, DecisionOutcome.Approved, null, "test.manager")).Errors.ShouldBeEmpty();

        var outcome = await factory.Services.GetRequiredService<LetterService>().ComposeAsync(CaseWorkers.Practitioner(), person.Id);

        var agreed = outcome.Value.ShouldNotBeNull().Letter.ShouldNotBeNull().Agreed.ShouldNotBeNull();
        agreed.WeeklyAmount.ShouldBe(420.00m);
        agreed.Reason.ShouldBe("You need support from a specialist care provider, and this costs more. Agatha's care is given by a team that knows sight loss.");
    }

    [Fact]
    public async Task ComposeAsync_NewerEstimateSinceTheBudgetWasAgreed_DescribesTheNewEstimateWithoutTheOldAgreement()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Cecily");
        var agreedFrom = await LetterData.AddEstimateAsync(factory.Services, person.Id);
        var signOff = factory.Services.GetRequiredService<SignOffStore>();
        var submitted = await signOff.SubmitAsync(new NewSubmission
        {
            NeedsProfileId = agreedFrom.NeedsProfileId,
            EstimateSnapshotId = agreedFrom.Id,
            ProposedWeekly = agreedFrom.WeeklyEstimate + 20m,
            DifferenceReason = "Specialist provider",
            DifferenceNote = "Cecily's care is given by a team that knows sight loss.",
        }, "test.practitioner");
        (await signOff.DecideAsync(submitted.SubmissionId!.Value, DecisionOutcome.Approved, null, "test.manager")).Errors.ShouldBeEmpty();
        factory.Clock.Advance(TimeSpan.FromDays(1));
        var reassessment = await LetterData.AddEstimateAsync(factory.Services, person.Id, "wc02");

        var letter = (await factory.Services.GetRequiredService<LetterService>().ComposeAsync(CaseWorkers.Practitioner(), person.Id)).Value.ShouldNotBeNull().Letter.ShouldNotBeNull();

        letter.WeeklyEstimate.ShouldBe(reassessment.WeeklyEstimate);
        letter.Agreed.ShouldBeNull();
    }

    [Fact]
    public async Task ComposeAsync_PersonWithoutAnAgreedBudget_CallsTheEstimateAStartingPoint()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Bernard");
        await LetterData.AddEstimateAsync(factory.Services, person.Id);

        var outcome = await factory.Services.GetRequiredService<LetterService>().ComposeAsync(CaseWorkers.Practitioner(), person.Id);

        outcome.Value.ShouldNotBeNull().Letter.ShouldNotBeNull().Agreed.ShouldBeNull();
    }
}
