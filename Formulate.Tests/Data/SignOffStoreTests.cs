using System.Text.Json.Nodes;
using Formulate.Data.Entities;
using Formulate.Data.SignOff;
using Formulate.Engine.Estimation;
using Formulate.Tests.Data.Builders;
using Formulate.Tests.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Formulate.Tests.Data;

public abstract class SignOffStoreTests(ITestDatabaseHost host) : DataTestBase(host)
{
    private NeedsProfile _profile = null!;
    private EstimateSnapshot _snapshot = null!;

    private SignOffStore SignOff => Database.Services.GetRequiredService<SignOffStore>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var person = new PersonBuilder().WithCaseReference("SIGN-0001").Build();
        _profile = new NeedsProfileBuilder().ForPerson(person).WithAnswer("person.age_band", "65_74").WithStatus(NeedsProfileStatus.Completed).Build();
        _snapshot = new EstimateSnapshotBuilder().ForProfile(_profile).WithWeeklyEstimate(412.37m).Build();
        await using var context = Database.CreateContext();
        context.AddRange(person, _profile, _snapshot);
        await context.SaveChangesAsync();
    }

    [Fact]
    public async Task SubmitAsync_ProposalEqualToEstimate_SavesSubmissionAndMarksProfileSubmitted()
    {
        var result = await SignOff.SubmitAsync(Proposal(412.37m), "prac");

        result.Succeeded.ShouldBeTrue();
        var record = (await SignOff.FindAsync(result.SubmissionId!.Value)).ShouldNotBeNull();
        record.Submission.Status.ShouldBe(SubmissionStatus.AwaitingApproval);
        record.Submission.AgeBand.ShouldBe("65_74");
        record.Submission.Team.ShouldBe(record.Person.Team);
        record.Submission.EstimatedWeekly.ShouldBe(412.37m);
        record.Submission.NeedsSecondApproval.ShouldBeFalse();
        (await Database.Profiles.FindAsync(_profile.Id))!.Status.ShouldBe(NeedsProfileStatus.Submitted);
    }

    [Fact]
    public async Task SubmitAsync_DifferentAmountWithoutReason_RefusesWithBothErrors()
    {
        var result = await SignOff.SubmitAsync(Proposal(450m), "prac");

        result.Errors.Select(e => e.Field).ShouldBe([SubmissionValidator.ReasonField, SubmissionValidator.NoteField]);
        (await CountAsync<BudgetSubmission>()).ShouldBe(0);
    }

    [Fact]
    public async Task SubmitAsync_ReasonForTheLetterTooLong_RefusesSayingTheLimit()
    {
        var result = await SignOff.SubmitAsync(Proposal(450m, "Other", "Rural area") with { LetterReason = new string('r', 501) }, "prac");

        result.Errors.ShouldHaveSingleItem().Field.ShouldBe(SubmissionValidator.LetterReasonField);
        result.Errors[0].Message.ShouldBe("The reason for the letter must be 500 characters or fewer");
        (await CountAsync<BudgetSubmission>()).ShouldBe(0);
    }

    [Fact]
    public async Task SubmitAsync_ReasonForTheLetterWithTheEstimateProposed_KeepsNoReason()
    {
        var result = await SignOff.SubmitAsync(Proposal(412.37m) with { LetterReason = "Nothing differs." }, "prac");

        (await SignOff.FindAsync(result.SubmissionId!.Value))!.Submission.LetterReason.ShouldBeNull();
    }

    [Theory]
    [InlineData("1000000.01")]
    [InlineData("99999999999999999999")]
    public async Task SubmitAsync_AmountNoWeeklyBudgetCouldBe_RefusesWithTheLimit(string weekly)
    {
        var result = await SignOff.SubmitAsync(Proposal(decimal.Parse(weekly, System.Globalization.CultureInfo.InvariantCulture), "Other", "Typed in error"), "prac");

        result.Errors.ShouldHaveSingleItem().Field.ShouldBe(SubmissionValidator.ProposedWeeklyField);
        result.Errors[0].Message.ShouldBe("Enter a proposed weekly budget of £1,000,000 or less");
        (await CountAsync<BudgetSubmission>()).ShouldBe(0);
    }

    [Fact]
    public async Task SubmitAsync_AnswersChangedAfterTheFormWasOpened_IsRefusedAndNothingSubmitted()
    {
        var opened = (await Database.Profiles.FindAsync(_profile.Id))!.Version;
        (await Database.Profiles.SaveAnswerAsync(_profile.Id, "hygiene.need", "some", opened, "other.prac")).IsSaved.ShouldBeTrue();

        var result = await SignOff.SubmitAsync(Proposal(412.37m) with { ProfileVersion = opened }, "prac");

        result.Errors.ShouldHaveSingleItem().Message.ShouldBe(SignOffStore.ProfileChangedMessage);
        (await CountAsync<BudgetSubmission>()).ShouldBe(0);
        (await Database.Profiles.FindAsync(_profile.Id))!.Status.ShouldBe(NeedsProfileStatus.Completed);
    }

    [Fact]
    public async Task SubmitAsync_ZeroProposal_SaysTheBudgetMustBeMoreThanNothing()
    {
        var result = await SignOff.SubmitAsync(Proposal(0m, "Other", "Typed in error"), "prac");

        result.Errors.ShouldHaveSingleItem().Message.ShouldBe("Enter a proposed weekly budget of more than £0");
        (await CountAsync<BudgetSubmission>()).ShouldBe(0);
    }

    [Fact]
    public async Task DecideAsync_OwnSubmission_IsRefused()
    {
        var id = (await SignOff.SubmitAsync(Proposal(412.37m), "manager.one")).SubmissionId!.Value;

        var result = await SignOff.DecideAsync(id, DecisionOutcome.Approved, null, "Manager.One");

        result.Errors.ShouldHaveSingleItem().Message.ShouldContain("budget you submitted");
        (await SignOff.FindAsync(id))!.Submission.Status.ShouldBe(SubmissionStatus.AwaitingApproval);
    }

    [Fact]
    public async Task DecideAsync_ReturnedThenResubmittedAndApproved_AgreesBudgetWithStartAndReviewDates()
    {
        var first = (await SignOff.SubmitAsync(Proposal(412.37m), "prac")).SubmissionId!.Value;
        (await SignOff.DecideAsync(first, DecisionOutcome.Returned, "Check night care", "manager.one")).Succeeded.ShouldBeTrue();
        (await Database.Profiles.FindAsync(_profile.Id))!.Status.ShouldBe(NeedsProfileStatus.Returned);

        var second = (await SignOff.SubmitAsync(Proposal(412.37m), "prac")).SubmissionId!.Value;
        var result = await SignOff.DecideAsync(second, DecisionOutcome.Approved, null, "manager.one");

        result.Succeeded.ShouldBeTrue();
        var agreed = (await SignOff.FindAsync(second))!.Submission;
        agreed.Status.ShouldBe(SubmissionStatus.Approved);
        agreed.StartDate.ShouldBe(new DateOnly(2026, 11, 22));
        agreed.ReviewDate.ShouldBe(new DateOnly(2027, 11, 22));
        (await SignOff.FindAsync(first))!.Submission.Status.ShouldBe(SubmissionStatus.Returned);
        (await Database.Profiles.FindAsync(_profile.Id))!.Status.ShouldBe(NeedsProfileStatus.Approved);
        (await SignOff.ListAgreedForPersonAsync(_profile.PersonId)).ShouldHaveSingleItem().Id.ShouldBe(second);
    }

    [Fact]
    public async Task DecideAsync_FinalApprovalJustAfterMidnightInSummer_StartsOnTheUkDate()
    {
        Database.Time.Now = new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero);
        var id = (await SignOff.SubmitAsync(Proposal(412.37m), "prac")).SubmissionId!.Value;

        (await SignOff.DecideAsync(id, DecisionOutcome.Approved, null, "manager.one")).Succeeded.ShouldBeTrue();

        var agreed = (await SignOff.FindAsync(id))!.Submission;
        agreed.StartDate.ShouldBe(new DateOnly(2026, 7, 1));
        agreed.ReviewDate.ShouldBe(new DateOnly(2027, 7, 1));
    }

    [Fact]
    public async Task DecideAsync_AboveLimit_NeedsASecondDifferentManager()
    {
        var id = (await SignOff.SubmitAsync(Proposal(1200m, "Specialist provider", "Autism specialist"), "prac")).SubmissionId!.Value;

        (await SignOff.DecideAsync(id, DecisionOutcome.Approved, null, "manager.one", aboveLimitConfirmed: true)).Succeeded.ShouldBeTrue();
        (await SignOff.FindAsync(id))!.Submission.Status.ShouldBe(SubmissionStatus.AwaitingSecondApproval);
        (await SignOff.DecideAsync(id, DecisionOutcome.Approved, null, "manager.one", aboveLimitConfirmed: true)).Errors.ShouldHaveSingleItem()
            .Message.ShouldContain("different manager");
        (await SignOff.DecideAsync(id, DecisionOutcome.Approved, null, "manager.two", aboveLimitConfirmed: true)).Succeeded.ShouldBeTrue();

        var record = (await SignOff.FindAsync(id))!;
        record.Submission.Status.ShouldBe(SubmissionStatus.Approved);
        record.Decisions.Select(d => (d.DecidedBy, d.Stage)).ShouldBe([("manager.one", 1), ("manager.two", 2)]);
    }

    [Fact]
    public async Task SubmitAsync_LimitChangedAfterwards_KeepsTheLimitTheSubmissionWasJudgedAgainst()
    {
        var options = Database.Services.GetRequiredService<IOptions<SignOffOptions>>().Value;
        options.SecondApprovalAboveWeekly = 1000m;
        var id = (await SignOff.SubmitAsync(Proposal(1200m, "Specialist provider", "Autism specialist"), "prac")).SubmissionId!.Value;

        options.SecondApprovalAboveWeekly = 1500m;

        var submission = (await SignOff.FindAsync(id))!.Submission;
        submission.NeedsSecondApproval.ShouldBeTrue();
        submission.SecondApprovalAboveWeekly.ShouldBe(1000m);
    }

    [Fact]
    public async Task SubmitAsync_LimitLoweredBeforehand_IsJudgedAgainstAndRecordsTheLowerLimit()
    {
        Database.Services.GetRequiredService<IOptions<SignOffOptions>>().Value.SecondApprovalAboveWeekly = 400m;

        var id = (await SignOff.SubmitAsync(Proposal(412.37m), "prac")).SubmissionId!.Value;

        var submission = (await SignOff.FindAsync(id))!.Submission;
        submission.NeedsSecondApproval.ShouldBeTrue();
        submission.SecondApprovalAboveWeekly.ShouldBe(400m);
    }

    [Fact]
    public async Task SubmitAsync_EstimateReferredToPanelWithTheCapBelowTheApprovalLimit_NeedsASecondApprovalAboveTheCap()
    {
        Database.Services.GetRequiredService<IOptions<SignOffOptions>>().Value.SecondApprovalAboveWeekly = 5000m;
        var referred = await SaveReferredSnapshotAsync();

        var id = (await SignOff.SubmitAsync(Proposal(3589.97m) with { EstimateSnapshotId = referred.Id }, "prac")).SubmissionId!.Value;

        var submission = (await SignOff.FindAsync(id))!.Submission;
        submission.NeedsSecondApproval.ShouldBeTrue();
        submission.SecondApprovalAboveWeekly.ShouldBe(1600m);
    }

    [Fact]
    public async Task SubmitAsync_EstimateReferredToPanelButAgreedWithinTheCap_NeedsOneApproval()
    {
        Database.Services.GetRequiredService<IOptions<SignOffOptions>>().Value.SecondApprovalAboveWeekly = 5000m;
        var referred = await SaveReferredSnapshotAsync();

        var id = (await SignOff.SubmitAsync(Proposal(1500m, "Other", "Agreed a smaller package with the family") with { EstimateSnapshotId = referred.Id }, "prac"))
            .SubmissionId!.Value;

        (await SignOff.FindAsync(id))!.Submission.NeedsSecondApproval.ShouldBeFalse();
    }

    [Fact]
    public async Task DecideAsync_ReturnWithoutComments_IsRefused()
    {
        var id = (await SignOff.SubmitAsync(Proposal(412.37m), "prac")).SubmissionId!.Value;

        var result = await SignOff.DecideAsync(id, DecisionOutcome.Returned, " ", "manager.one");

        result.Errors.ShouldHaveSingleItem().Field.ShouldBe(SignOffStore.CommentsField);
    }

    [Fact]
    public async Task SubmitAndDecide_EachAction_WritesOneAuditEntryWithBeforeAndAfter()
    {
        var id = (await SignOff.SubmitAsync(Proposal(412.37m), "prac")).SubmissionId!.Value;
        await SignOff.DecideAsync(id, DecisionOutcome.Approved, "Agreed", "manager.one");

        await using var context = Database.CreateContext();
        var entries = (await context.AuditEntries.Where(e => e.UserName != "system").ToListAsync()).OrderBy(e => e.Id).ToList();
        entries.Select(e => (e.Action, e.UserName)).ShouldBe([("Budget submitted", "prac"), ("Budget agreed", "manager.one")]);
        entries.ShouldAllBe(e => e.PersonId == _profile.PersonId);
        var before = JsonNode.Parse(entries[1].BeforeJson!)!;
        var after = JsonNode.Parse(entries[1].AfterJson!)!;
        before["Submission"]!["Status"]!.GetValue<string>().ShouldBe("AwaitingApproval");
        after["Submission"]!["Status"]!.GetValue<string>().ShouldBe("Approved");
        before["Needs Profile"]!["Status"]!.GetValue<string>().ShouldBe("Submitted");
        after["Needs Profile"]!["Status"]!.GetValue<string>().ShouldBe("Approved");
        // Comments are protected at rest, so the log records that there were some, not what they said.
        after["Decision"]!["Comments"]!.GetValue<string>().ShouldBe("(personal data)");
    }

    [Fact]
    public async Task ReplyAsync_ToAReturn_KeepsTheReplyWithWhoAndWhenBesideTheComments()
    {
        var decision = await ReturnAsync();
        Database.Time.Advance(TimeSpan.FromHours(3));

        var result = await SignOff.ReplyAsync(_profile.Id, decision.Id, "  The quote is attached to the case file  ", "prac");

        result.Succeeded.ShouldBeTrue();
        var replied = (await SignOff.ListForProfileAsync(_profile.Id)).ShouldHaveSingleItem().Decisions.ShouldHaveSingleItem();
        replied.Comments.ShouldBe("Check night care");
        replied.Reply.ShouldBe("The quote is attached to the case file");
        replied.RepliedBy.ShouldBe("prac");
        replied.RepliedAt.ShouldBe(FixedTimeProvider.DefaultNow.AddHours(3));
    }

    [Theory]
    [InlineData("", "Enter your reply to the manager's comments")]
    [InlineData("   ", "Enter your reply to the manager's comments")]
    [InlineData(null, "Enter your reply to the manager's comments")]
    public async Task ReplyAsync_NoText_SaysToEnterAReplyAndKeepsNothing(string? reply, string message)
    {
        var decision = await ReturnAsync();

        var result = await SignOff.ReplyAsync(_profile.Id, decision.Id, reply, "prac");

        result.Errors.ShouldHaveSingleItem().ShouldBe(new SignOffError(SignOffStore.ReplyField, message));
        (await SignOff.ListForProfileAsync(_profile.Id))[0].Decisions[0].RepliedAt.ShouldBeNull();
    }

    [Fact]
    public async Task ReplyAsync_OneCharacterOverTheLimit_SaysHowLongItMayBeAndHowLongItIs()
    {
        var decision = await ReturnAsync();

        var result = await SignOff.ReplyAsync(_profile.Id, decision.Id, new string('a', 1001), "prac");

        result.Errors.ShouldHaveSingleItem().ShouldBe(new SignOffError(SignOffStore.ReplyField, "Your reply must be 1,000 characters or fewer; it has 1,001"));
        (await SignOff.ReplyAsync(_profile.Id, decision.Id, new string('a', 1000), "prac")).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task ReplyAsync_Twice_KeepsTheFirstReplyAndRefusesTheSecond()
    {
        var decision = await ReturnAsync();
        (await SignOff.ReplyAsync(_profile.Id, decision.Id, "First", "prac")).Succeeded.ShouldBeTrue();

        var second = await SignOff.ReplyAsync(_profile.Id, decision.Id, "Second", "other.prac");

        second.Errors.ShouldHaveSingleItem().Message.ShouldBe("prac has already replied to these comments. Reload the page to read the reply.");
        (await SignOff.ListForProfileAsync(_profile.Id))[0].Decisions[0].Reply.ShouldBe("First");
    }

    [Fact]
    public async Task ReplyAsync_ToAnApprovalOrThroughAnotherProfile_IsRefused()
    {
        var id = (await SignOff.SubmitAsync(Proposal(412.37m), "prac")).SubmissionId!.Value;
        (await SignOff.DecideAsync(id, DecisionOutcome.Approved, "Fine", "manager.one")).Succeeded.ShouldBeTrue();
        var approval = (await SignOff.FindAsync(id))!.Decisions.ShouldHaveSingleItem();

        (await SignOff.ReplyAsync(_profile.Id, approval.Id, "Thanks", "prac")).Errors.ShouldHaveSingleItem().Field.ShouldBeNull();
        (await SignOff.ReplyAsync(Guid.NewGuid(), approval.Id, "Thanks", "prac")).Errors.ShouldHaveSingleItem().Field.ShouldBeNull();
        (await SignOff.FindAsync(id))!.Decisions[0].Reply.ShouldBeNull();
    }

    [Fact]
    public async Task SubmitAsync_AnAnswerStillCarriedForward_IsRefusedUntilItIsConfirmed()
    {
        await using (var context = Database.CreateContext())
        {
            var stored = await context.NeedsProfiles.SingleAsync(p => p.Id == _profile.Id);
            stored.CarriedForwardJson = """["person.age_band"]""";
            await context.SaveChangesAsync();
        }

        var refused = await SignOff.SubmitAsync(Proposal(412.37m), "prac");

        refused.Errors.ShouldHaveSingleItem().Message.ShouldBe(SignOffStore.CarriedForwardMessage);
        (await CountAsync<BudgetSubmission>()).ShouldBe(0);
        var version = (await Database.Profiles.FindAsync(_profile.Id))!.Version;
        (await Database.Profiles.ConfirmCarriedForwardAsync(_profile.Id, ["person.age_band"], version, "prac")).IsSaved.ShouldBeTrue();
        (await SignOff.SubmitAsync(Proposal(412.37m), "prac")).Succeeded.ShouldBeTrue();
    }

    private async Task<SubmissionDecision> ReturnAsync()
    {
        var id = (await SignOff.SubmitAsync(Proposal(412.37m), "prac")).SubmissionId!.Value;
        (await SignOff.DecideAsync(id, DecisionOutcome.Returned, "Check night care", "manager.one")).Succeeded.ShouldBeTrue();
        return (await SignOff.FindAsync(id))!.Decisions.ShouldHaveSingleItem();
    }

    private NewSubmission Proposal(decimal weekly, string? reason = null, string? note = null) => new()
    {
        NeedsProfileId = _profile.Id,
        EstimateSnapshotId = _snapshot.Id,
        ProposedWeekly = weekly,
        DifferenceReason = reason,
        DifferenceNote = note,
    };

    private async Task<EstimateSnapshot> SaveReferredSnapshotAsync()
    {
        var referred = new EstimateSnapshotBuilder().ForProfile(_profile).WithWeeklyEstimate(3589.97m)
            .WithPanelReferral(new PanelReferral { Cap = 1600m, AboveCap = 1989.97m }).CreatedAt(FixedTimeProvider.DefaultNow.AddMinutes(1)).Build();
        await using var context = Database.CreateContext();
        context.Add(referred);
        await context.SaveChangesAsync();
        return referred;
    }

    private async Task<int> CountAsync<T>() where T : class
    {
        await using var context = Database.CreateContext();
        return await context.Set<T>().CountAsync();
    }
}
