using Formulate.Data.Entities;
using Formulate.Data.SignOff;
using Formulate.Engine.Quality;
using Formulate.Tests.Data.Builders;
using Formulate.Tests.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Data;

/// <summary>
/// A submission of an estimate with warnings: a reason for each Important one before it is submitted and approved, the
/// warnings kept with it, the same submission made twice, and a confirmation above the approval limit.
/// </summary>
public abstract class SubmissionWarningsStoreTests(ITestDatabaseHost host) : DataTestBase(host)
{
    private const string YoungCarerReason = "Young carer referred to children's services on 3 May";
    private const string AssessmentReason = "Carer's assessment booked for 12 May";

    private NeedsProfile _profile = null!;
    private EstimateSnapshot _snapshot = null!;

    private SignOffStore SignOff => Database.Services.GetRequiredService<SignOffStore>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var person = new PersonBuilder().WithCaseReference("WARN-0001").Build();
        _profile = new NeedsProfileBuilder().ForPerson(person).WithStatus(NeedsProfileStatus.Completed).Build();
        _snapshot = new EstimateSnapshotBuilder().ForProfile(_profile).WithWeeklyEstimate(412.37m).WithWarnings(Warnings.YoungCarerLivingWithSomeoneAlone).Build();
        await using var context = Database.CreateContext();
        context.AddRange(person, _profile, _snapshot);
        await context.SaveChangesAsync();
    }

    [Fact]
    public async Task SubmitAsync_ImportantWarningsWithoutReasons_RefusesWithAMessageForEachAndSavesNothing()
    {
        var result = await SignOff.SubmitAsync(Proposal(new() { [0] = "Checked: the carer stays most nights" }), "prac");

        result.Errors.Select(e => (e.Field, e.Message)).ShouldBe(
        [
            ("WarningReason-1", "Enter your reason for going ahead despite the warning 'No carer's assessment offered for support at risk': say what you have done about it, or why it does not apply"),
            ("WarningReason-2", "Enter your reason for going ahead despite the warning 'A young carer': say what you have done about it, or why it does not apply"),
        ]);
        (await CountAsync<BudgetSubmission>()).ShouldBe(0);
        (await CountAsync<SubmissionWarning>()).ShouldBe(0);
        (await Database.Profiles.FindAsync(_profile.Id))!.Status.ShouldBe(NeedsProfileStatus.Completed);
    }

    [Fact]
    public async Task SubmitAsync_ReasonOfOnlySpaces_IsNoReason()
    {
        var result = await SignOff.SubmitAsync(Proposal(new() { [1] = AssessmentReason, [2] = "   " }), "prac");

        result.Errors.ShouldHaveSingleItem().Field.ShouldBe("WarningReason-2");
    }

    [Fact]
    public async Task SubmitAsync_ReasonForEachImportantWarning_KeepsEveryWarningWithItsReasonAndReadsThemBack()
    {
        var result = await SignOff.SubmitAsync(Proposal(new() { [1] = $" {AssessmentReason} ", [2] = YoungCarerReason }), "prac");

        result.Succeeded.ShouldBeTrue();
        result.WasAlreadySubmitted.ShouldBeFalse();
        var record = (await SignOff.FindAsync(result.SubmissionId!.Value)).ShouldNotBeNull();
        record.Submission.WarningsRecorded.ShouldBeTrue();
        record.Warnings.Select(w => (w.Position, w.RuleId, w.Severity, w.Text, w.PractitionerReason)).ShouldBe(
        [
            (0, "QA09", QaSeverity.Warning, Warnings.LivesAloneWithCarer.Message, (string?)null),
            (1, "QA10", QaSeverity.Important, Warnings.NoCarersAssessment.Message, AssessmentReason),
            (2, "QA12", QaSeverity.Important, Warnings.YoungCarer.Message, YoungCarerReason),
        ]);
        record.ImportantWarningCount.ShouldBe(2);
    }

    [Fact]
    public async Task ListAwaitingDecisionAsync_SubmissionWithWarnings_CountsThemAndTheImportantOnes()
    {
        await SignOff.SubmitAsync(Proposal(new() { [1] = AssessmentReason, [2] = YoungCarerReason }), "prac");

        var record = (await SignOff.ListAwaitingDecisionAsync()).ShouldHaveSingleItem();

        (record.Warnings.Count, record.ImportantWarningCount).ShouldBe((3, 2));
    }

    [Fact]
    public async Task DecideAsync_ImportantWarningWithoutARecordedReason_RefusesApprovalButAllowsAReturn()
    {
        var id = await AddSubmissionAsync(warningsRecorded: true, new SubmissionWarning
        {
            Position = 1, RuleId = "QA10", Severity = QaSeverity.Important, Text = Warnings.NoCarersAssessment.Message, PractitionerReason = AssessmentReason,
        });

        var approval = await SignOff.DecideAsync(id, DecisionOutcome.Approved, null, "manager.one");

        approval.Errors.ShouldHaveSingleItem().Message.ShouldBe(
            "This budget cannot be approved: the practitioner gave no reason for going ahead despite the warning 'A young carer'. Return it to them to give one.");
        (await SignOff.FindAsync(id))!.Decisions.ShouldBeEmpty();
        (await SignOff.DecideAsync(id, DecisionOutcome.Returned, "Please give a reason for the young carer warning", "manager.one")).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task DecideAsync_SubmittedBeforeWarningsWereRecorded_IsApprovedAsBefore()
    {
        var id = await AddSubmissionAsync(warningsRecorded: false);

        var approval = await SignOff.DecideAsync(id, DecisionOutcome.Approved, null, "manager.one");

        approval.Succeeded.ShouldBeTrue();
        (await SignOff.FindAsync(id))!.Submission.Status.ShouldBe(SubmissionStatus.Approved);
    }

    [Fact]
    public async Task SubmitAsync_SameSubmissionAgainBySamePerson_GivesTheSubmissionMadeAndSavesNoOther()
    {
        var first = await SignOff.SubmitAsync(Proposal(WithReasons), "prac");

        var again = await SignOff.SubmitAsync(Proposal(WithReasons), "Prac");

        again.Succeeded.ShouldBeTrue();
        again.WasAlreadySubmitted.ShouldBeTrue();
        again.SubmissionId.ShouldBe(first.SubmissionId);
        (await CountAsync<BudgetSubmission>()).ShouldBe(1);
        (await CountAsync<SubmissionWarning>()).ShouldBe(3);
    }

    [Fact]
    public async Task SubmitAsync_TwoClicksAtOnce_BothGiveTheOneSubmissionMade()
    {
        var results = await Task.WhenAll(SignOff.SubmitAsync(Proposal(WithReasons), "prac"), SignOff.SubmitAsync(Proposal(WithReasons), "prac"));

        results.ShouldAllBe(r => r.Succeeded);
        results.Select(r => r.SubmissionId).Distinct().ShouldHaveSingleItem();
        results.Count(r => r.WasAlreadySubmitted).ShouldBe(1);
        (await CountAsync<BudgetSubmission>()).ShouldBe(1);
    }

    [Theory]
    [InlineData("other.prac", "412.37")]
    [InlineData("prac", "450.00")]
    public async Task SubmitAsync_DifferentAttemptOnASubmittedProfile_IsRefusedAsAlreadySubmitted(string submittedBy, string weekly)
    {
        await SignOff.SubmitAsync(Proposal(WithReasons), "prac");

        var attempt = await SignOff.SubmitAsync(
            Proposal(WithReasons) with { ProposedWeekly = decimal.Parse(weekly, System.Globalization.CultureInfo.InvariantCulture), DifferenceReason = "Other", DifferenceNote = "Rural area" },
            submittedBy);

        attempt.Errors.ShouldHaveSingleItem().Message.ShouldBe("This Needs Profile has already been submitted for sign-off.");
        (await CountAsync<BudgetSubmission>()).ShouldBe(1);
    }

    [Fact]
    public async Task DecideAsync_AboveTheLimitWithoutConfirmation_IsRefusedAndNothingIsDecided()
    {
        var id = (await SignOff.SubmitAsync(Proposal(WithReasons) with { ProposedWeekly = 1200m, DifferenceReason = "Specialist provider", DifferenceNote = "Autism specialist" }, "prac"))
            .SubmissionId!.Value;

        var approval = await SignOff.DecideAsync(id, DecisionOutcome.Approved, null, "manager.one");

        approval.Errors.ShouldHaveSingleItem().ShouldBe(new SignOffError(SignOffStore.ConfirmationField,
            "Confirm that you are approving a budget above the council's limit for one approval"));
        (await SignOff.FindAsync(id))!.Decisions.ShouldBeEmpty();
        (await SignOff.DecideAsync(id, DecisionOutcome.Approved, null, "manager.one", aboveLimitConfirmed: true)).Succeeded.ShouldBeTrue();
    }

    private static Dictionary<int, string> WithReasons => new() { [1] = AssessmentReason, [2] = YoungCarerReason };

    private NewSubmission Proposal(Dictionary<int, string> reasons) => new()
    {
        NeedsProfileId = _profile.Id,
        EstimateSnapshotId = _snapshot.Id,
        ProposedWeekly = 412.37m,
        WarningReasons = reasons,
    };

    /// <summary>A submission written as another version of Formulate, or another tool, may have left it.</summary>
    private async Task<Guid> AddSubmissionAsync(bool warningsRecorded, params SubmissionWarning[] warnings)
    {
        var submission = new BudgetSubmission
        {
            NeedsProfileId = _profile.Id,
            PersonId = _profile.PersonId,
            EstimateSnapshotId = _snapshot.Id,
            Team = "North Locality Team",
            EstimatedWeekly = 412.37m,
            ProposedWeekly = 412.37m,
            WarningsRecorded = warningsRecorded,
            SecondApprovalAboveWeekly = 1000m,
            SubmittedBy = "prac",
        };
        await using var context = Database.CreateContext();
        context.BudgetSubmissions.Add(submission);
        context.SubmissionWarnings.AddRange(warnings.Select(w => new SubmissionWarning
        {
            SubmissionId = submission.Id, Position = w.Position, RuleId = w.RuleId, Severity = w.Severity, Text = w.Text, PractitionerReason = w.PractitionerReason,
        }));
        (await context.NeedsProfiles.SingleAsync(p => p.Id == _profile.Id)).Status = NeedsProfileStatus.Submitted;
        await context.SaveChangesAsync();
        return submission.Id;
    }

    private async Task<int> CountAsync<T>() where T : class
    {
        await using var context = Database.CreateContext();
        return await context.Set<T>().CountAsync();
    }
}
