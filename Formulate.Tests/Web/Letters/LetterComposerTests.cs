using Formulate.Data.Entities;
using Formulate.Engine;
using Formulate.Engine.Estimation;
using Formulate.Engine.Json;
using Formulate.Tests.Data.Builders;
using Formulate.Tests.Engine;
using Formulate.Tests.Web.Letters.Support;
using Formulate.Web.Letters;
using Formulate.Web.People;

namespace Formulate.Tests.Web.Letters;

public sealed class LetterComposerTests
{
    private const string InternalNote = "Provider quoted extra for the Sunday call; manager to chase the contract";

    [Fact]
    public void Compose_PersonWithoutAddress_SaysToAddAnAddress()
    {
        var person = new PersonBuilder().Build();
        person.AddressLine1 = null;
        person.AddressLine2 = null;
        person.Town = null;
        person.Postcode = null;
        var snapshot = LetterExamples.Snapshot("wc01");

        var outcome = LetterComposer.Compose(LetterExamples.Record(snapshot, LetterExamples.Approved(snapshot), person), LetterExamples.Council, LetterExamples.Date);

        outcome.Letter.ShouldBeNull();
        outcome.Problem.ShouldBe("Add an address for Jo Bloggs before printing a letter");
    }

    [Fact]
    public void Compose_PersonWithoutEstimate_SaysNoBudgetHasBeenApproved()
    {
        var record = new PersonRecord { Person = new PersonBuilder().Build(), Profiles = [], Estimates = [], Agreed = [] };

        var outcome = LetterComposer.Compose(record, LetterExamples.Council, LetterExamples.Date);

        outcome.Letter.ShouldBeNull();
        outcome.Problem.ShouldBe("No budget has been approved for Jo Bloggs yet; a letter can be printed once a manager approves it");
    }

    [Fact]
    public void Compose_EstimateWithoutApprovedBudget_SaysNoBudgetHasBeenApprovedRatherThanPrintingTheEstimate()
    {
        var snapshot = LetterExamples.Snapshot("wc01");
        var awaiting = LetterExamples.Approved(snapshot);
        awaiting.Status = SubmissionStatus.AwaitingApproval;
        var record = LetterExamples.Record(snapshot, awaiting) with { Agreed = [] };

        LetterComposer.Compose(record, LetterExamples.Council, LetterExamples.Date).Problem
            .ShouldBe("No budget has been approved for Jo Bloggs yet; a letter can be printed once a manager approves it");
        LetterComposer.Compose(LetterExamples.Record(snapshot, awaiting), LetterExamples.Council, LetterExamples.Date).Letter.ShouldBeNull();
    }

    [Fact]
    public void Compose_ProfileTookAnswersFromASelfAssessment_SaysWhichWereKeptAndWhichChangedInTheWordsThePersonSaw()
    {
        // wc02's estimate used dressing.need "some" and cognition.memory "significant"; community.unpaid is not among its answers.
        var letter = LetterExamples.LetterWithSelfAssessment(
            "child", ("cognition.memory", "significant", "significant"), ("dressing.need", "prompting", "some"), ("community.unpaid", "all", "all"));

        var told = letter.FromThePerson.ShouldNotBeNull();
        told.AnsweredBy.ShouldBe("your son or daughter");
        told.Kept.ShouldBe([new LetterAnswer("Do you have problems with memory or thinking?", "Yes, it often causes problems day to day", "Yes, it often causes problems day to day", false)]);
        told.Changed.ShouldBe([new LetterAnswer("How much help do you need to get dressed?", "Only reminding, or someone nearby", "Some hands-on help", true)]);
    }

    [Fact]
    public void Compose_AnswerChangedInTheProfileAfterItWasAccepted_CountsAsChangedByWhatTheBudgetUsed()
    {
        // Accepted as "prompting" at the check, then changed in the profile to the "some" the estimate used.
        var letter = LetterExamples.LetterWithSelfAssessment(null, ("dressing.need", "prompting", "prompting"));

        var told = letter.FromThePerson.ShouldNotBeNull();
        told.AnsweredBy.ShouldBe("you");
        told.Kept.ShouldBeEmpty();
        told.Changed.Single().Used.ShouldBe("Some hands-on help");
    }

    [Fact]
    public void Compose_NoSelfAssessmentForTheApprovedProfile_SaysNothingOfOne()
    {
        var snapshot = LetterExamples.Snapshot("wc02");
        var another = LetterExamples.Snapshot("wc02");
        var withAnother = LetterExamples.Record(snapshot, LetterExamples.Approved(snapshot)) with
        {
            SelfAssessmentAnswers = [LetterExamples.SelfAssessment(another, null, ("dressing.need", "some", "some"))],
        };

        LetterComposer.Compose(withAnother, LetterExamples.Council, LetterExamples.Date, Formulate.Engine.Defaults.DefaultDefinitions.Definition.Questions)
            .Letter.ShouldNotBeNull().FromThePerson.ShouldBeNull();
        LetterComposer.Compose(LetterExamples.Record(snapshot, LetterExamples.Approved(snapshot)), LetterExamples.Council, LetterExamples.Date, Formulate.Engine.Defaults.DefaultDefinitions.Definition.Questions)
            .Letter.ShouldNotBeNull().FromThePerson.ShouldBeNull();
    }

    [Fact]
    public void Compose_WorkedCase_ListsEachAreaInMoneyAndHours()
    {
        var letter = LetterExamples.Letter("wc01");

        letter.WeeklyEstimate.ShouldBe(295.82m);
        letter.WeeklyAmount.ShouldBe(295.82m);
        letter.Lines.Select(line => line.Text).ShouldBe(
        [
            "Help with personal care: 7 hours a week, £151.48",
            "Help with eating and drinking: 3 hours 30 minutes a week, £75.74",
            "Help with medicines and health tasks: 1 hour 10 minutes a week, £25.32",
            "Help with jobs around the home: 2 hours a week, £43.28",
        ]);
        letter.Agreed.Reason.ShouldBeNull();
        letter.AddressLines.ShouldBe(["Jo Bloggs", "1 High Street", "Upper Flat", "Anytown", "AN1 1AA"]);
        letter.Council.Telephone.ShouldBe("0300 123 4567");
    }

    [Fact]
    public void Compose_UnpaidSupportPartlyAtRisk_SaysWhatWasCountedAndWhatMayNotCarryOn()
    {
        var letter = LetterExamples.Letter("wc02");

        letter.UnpaidSupport.ShouldContain(
            "We have counted the help your family and friends give with using the toilet, eating and drinking, medicines, jobs around the home, seeing family and friends and help at night.");
        letter.UnpaidSupport.ShouldContain("The help you get with washing, getting dressed and staying safe at home may not be able to carry on.");
        letter.UnpaidSupport.ShouldContain("So we have counted only part of it.");
        letter.UnpaidSupport.ShouldContain("The budget also pays for breaks for the person who looks after you.");
        letter.Lines.ShouldContain(line => line.Text == "Breaks for the person who looks after you: 2 weeks a year, £21.92 a week");
    }

    [Fact]
    public void Compose_AgreedMoreThanTheEstimate_AddsTheChangeAsALineSoTheLinesAddUpToTheAgreedAmount()
    {
        // wc01's estimate is £295.82; £320.00 agreed is £24.18 more.
        var letter = LetterExamples.Letter("wc01", 320m);

        letter.WeeklyAmount.ShouldBe(320m);
        letter.WeeklyEstimate.ShouldBe(295.82m);
        letter.Lines[^1].Text.ShouldBe("Agreed change to the estimate: +£24.18 a week");
        letter.Lines[^1].WeeklyAmount.ShouldBe(24.18m);
        letter.Lines.Sum(line => line.WeeklyAmount).ShouldBe(320m);
    }

    [Fact]
    public void Compose_AgreedLessThanTheEstimate_TakesTheChangeOff()
    {
        // £295.82 estimated, £280.00 agreed: £15.82 less.
        var letter = LetterExamples.Letter("wc01", 280m);

        letter.Lines[^1].Text.ShouldBe("Agreed change to the estimate: −£15.82 a week");
        letter.Lines.Sum(line => line.WeeklyAmount).ShouldBe(280m);
    }

    [Fact]
    public void Compose_EstimateCutByTheCap_ListsTheCutSoTheLinesAddUpToTheBudget()
    {
        // wc05's areas come to £3,589.97, £1,989.97 more than the £1,600.00 most the council pays for support at home.
        var letter = LetterExamples.Letter("wc05", engine: CapPolicy(referToPanel: false));

        letter.WeeklyAmount.ShouldBe(1600m);
        letter.Lines.ShouldContain(new LetterLine { Text = "Taken off, as this is the most we usually pay for support at home: −£1,989.97 a week", WeeklyAmount = -1989.97m });
        letter.Lines.Sum(line => line.WeeklyAmount).ShouldBe(1600m);
        letter.PanelReferral.ShouldBeNull();
    }

    [Fact]
    public void Compose_EstimateReferredToPanel_KeepsTheFullAmountAndSaysThePanelAgreedIt()
    {
        var letter = LetterExamples.Letter("wc05", engine: CapPolicy(referToPanel: true));

        letter.WeeklyAmount.ShouldBe(3589.97m);
        letter.Lines.Sum(line => line.WeeklyAmount).ShouldBe(3589.97m);
        letter.Lines.ShouldNotContain(line => line.WeeklyAmount < 0m);
        letter.PanelReferral.ShouldBe(new PanelReferral { Cap = 1600m, AboveCap = 1989.97m });
    }

    [Fact]
    public void Compose_ReferredToPanelButAgreedWithinTheCap_DoesNotMentionThePanel()
    {
        var letter = LetterExamples.Letter("wc05", agreedWeekly: 1550m, engine: CapPolicy(referToPanel: true));

        letter.PanelReferral.ShouldBeNull();
        letter.Lines.Sum(line => line.WeeklyAmount).ShouldBe(1550m);
    }

    internal static FormulateEngine CapPolicy(bool referToPanel) =>
        EngineFixtures.WithConfiguration(c => c.Setting(BudgetLimits.ReferToPanelPolicy, referToPanel ? 1m : 0m));

    [Fact]
    public void Compose_AgreedDiffersWithANoteForManagers_GivesTheCouncilsSentenceAndNeverTheNote()
    {
        var snapshot = LetterExamples.Snapshot("wc01");
        var approved = LetterExamples.Approved(snapshot, 320m, "Specialist provider", InternalNote);

        var letter = LetterComposer.Compose(LetterExamples.Record(snapshot, approved), LetterExamples.Council, LetterExamples.Date).Letter!;

        letter.Agreed.Reason.ShouldBe("You need support from a specialist care provider, and this costs more.");
        FormulateJson.Serialize(letter).ShouldNotContain("Sunday call");
    }

    [Fact]
    public void Compose_ReasonWrittenForTheLetter_GivesThatReasonInPlaceOfTheCouncils()
    {
        var snapshot = LetterExamples.Snapshot("wc01");
        var approved = LetterExamples.Approved(snapshot, 320m, "Specialist provider", InternalNote, "  Your carers need to know British Sign Language.  ");

        var letter = LetterComposer.Compose(LetterExamples.Record(snapshot, approved), LetterExamples.Council, LetterExamples.Date).Letter!;

        letter.Agreed.Reason.ShouldBe("Your carers need to know British Sign Language.");
        FormulateJson.Serialize(letter).ShouldNotContain("Sunday call");
    }

    [Fact]
    public void Compose_ReasonTheCouncilHasNoSentenceFor_GivesAGeneralSentence()
    {
        var snapshot = LetterExamples.Snapshot("wc01");
        var council = LetterExamples.Council with { LetterReasons = null };

        var letter = LetterComposer.Compose(LetterExamples.Record(snapshot, LetterExamples.Approved(snapshot, 320m, "Market supplement", InternalNote)), council, LetterExamples.Date).Letter!;

        letter.Agreed.Reason.ShouldBe("We talked with you about the help you need, and agreed a different amount.");
    }

    [Fact]
    public void Compose_AnyLetter_CarriesTheCouncilsFinancialAssessmentParagraph()
    {
        var letter = LetterExamples.Letter("wc01");

        letter.FinancialAssessment.ShouldStartWith("Most people pay something towards the cost of their care and support. We will look at your income and savings");
        letter.FinancialAssessment.ShouldContain("This is called a financial assessment.");
        letter.FinancialAssessment.ShouldContain("contribution");
    }

    [Fact]
    public void Compose_CouncilWithoutAFinancialAssessmentParagraph_GivesTheGeneralOne()
    {
        var snapshot = LetterExamples.Snapshot("wc01");
        var council = LetterExamples.Council with { FinancialAssessment = " " };

        var letter = LetterComposer.Compose(LetterExamples.Record(snapshot, LetterExamples.Approved(snapshot)), council, LetterExamples.Date).Letter!;

        letter.FinancialAssessment.ShouldStartWith("You may have to pay something towards the cost of your care and support. We will look at your income and savings");
        letter.FinancialAssessment.ShouldContain("This is called a financial assessment.");
    }

    [Theory]
    [InlineData("yes", "You told us someone who lives with you helps you without being paid.")]
    [InlineData("no", "You told us someone helps you without being paid.")]
    public void Compose_UnpaidCarerRecordedButHelpingWithNoListedTask_NeverSaysNobodyHelps(string livesWithPerson, string expected)
    {
        var profile = WorkedCaseDataAttribute.Load("wc05").Profile;
        var answers = profile.Answers
            .Where(answer => !answer.Key.EndsWith(".unpaid_sustainable", StringComparison.Ordinal))
            .ToDictionary(answer => answer.Key, answer => answer.Key.EndsWith(".unpaid", StringComparison.Ordinal) ? "none" : answer.Value);
        answers["carer.lives_with_person"] = livesWithPerson;
        var snapshot = LetterExamples.Snapshot(profile with { Answers = answers });

        var letter = LetterComposer.Compose(LetterExamples.Record(snapshot, LetterExamples.Approved(snapshot)), LetterExamples.Council, LetterExamples.Date).Letter!;

        letter.UnpaidSupport.ShouldNotContain("You told us that nobody helps you without being paid.");
        letter.UnpaidSupport[0].ShouldBe(expected);
        letter.UnpaidSupport[1].ShouldBe("We have not taken their help off the budget. So the budget pays for all the help we think you need.");
    }

    [Fact]
    public void Compose_NoUnpaidCarer_SaysNobodyHelpsWithoutBeingPaid() =>
        LetterExamples.Letter("wc01").UnpaidSupport[0].ShouldBe("You told us that nobody helps you without being paid.");

    [Theory]
    [InlineData(NeedsProfileStatus.Submitted, "A newer estimate of £703.56 is awaiting sign-off; this letter explains the budget approved on 20 November 2026.")]
    [InlineData(NeedsProfileStatus.Completed, "A newer estimate of £703.56 has not been approved; this letter explains the budget approved on 20 November 2026.")]
    public void Compose_NewerEstimateSinceTheBudgetWasApproved_KeepsTheApprovedBudgetAndSaysSoToStaff(NeedsProfileStatus newerStatus, string notice)
    {
        var agreedFrom = LetterExamples.Snapshot("wc01");
        var approved = LetterExamples.Approved(agreedFrom, 320m, "Specialist provider", InternalNote);
        var newerProfile = new NeedsProfileBuilder().WithStatus(newerStatus).Build();
        var reassessment = LetterExamples.Snapshot(WorkedCaseDataAttribute.Load("wc02").Profile, new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero), newerProfile.Id);
        var record = LetterExamples.Record(agreedFrom, approved) with
        {
            Estimates = [reassessment, agreedFrom],
            Profiles = [newerProfile],
        };

        var outcome = LetterComposer.Compose(record, LetterExamples.Council, LetterExamples.Date);

        var letter = outcome.Letter.ShouldNotBeNull();
        letter.WeeklyAmount.ShouldBe(320m);
        letter.WeeklyEstimate.ShouldBe(295.82m);
        letter.Lines.Sum(line => line.WeeklyAmount).ShouldBe(320m);
        outcome.Notice.ShouldBe(notice);
    }

    [Fact]
    public void Compose_ApprovedFromTheLatestEstimate_GivesNoNotice() =>
        LetterComposer.Compose(LetterExamples.Record(LetterExamples.Snapshot("wc01"), LetterExamples.Approved(LetterExamples.Snapshot("wc01"))), LetterExamples.Council, LetterExamples.Date)
            .Notice.ShouldBeNull();

    [Theory]
    [InlineData(null, null, "Jo Bloggs")]
    [InlineData("Mrs", null, "Mrs Bloggs")]
    [InlineData("Mrs", "Joey", "Joey")]
    [InlineData(null, "Joey", "Joey")]
    public void Compose_TitleAndPreferredName_GreetTheWayThePersonWants(string? title, string? preferredName, string greeting)
    {
        var person = new PersonBuilder().Build();
        person.Title = title;
        person.PreferredName = preferredName;
        var snapshot = LetterExamples.Snapshot("wc01");

        var letter = LetterComposer.Compose(LetterExamples.Record(snapshot, LetterExamples.Approved(snapshot), person), LetterExamples.Council, LetterExamples.Date).Letter!;

        letter.Greeting.ShouldBe(greeting);
        letter.AddressLines[0].ShouldBe("Jo Bloggs");
    }

    [Fact]
    public void Compose_CouncilChoosesTheChcAppendix_CarriesThePredictionWithItsDescriptors()
    {
        var council = LetterExamples.Council with { ShowChcPredictionInLetters = true };
        var snapshot = LetterExamples.Snapshot("wc02");

        var letter = LetterComposer.Compose(LetterExamples.Record(snapshot, LetterExamples.Approved(snapshot)), council, LetterExamples.Date).Letter!;

        var chc = letter.Chc.ShouldNotBeNull();
        FormulateJson.Serialize(chc).ShouldBe(FormulateJson.Serialize(LetterExamples.Result("wc02").Chc));
        chc.Domains.Count.ShouldBe(11);
        chc.Domains.ShouldAllBe(domain => domain.Descriptor != null && domain.Reason == domain.Descriptor.Text);
    }

    [Fact]
    public void Compose_CouncilHasNotChosenTheChcAppendix_LeavesItOut() =>
        LetterExamples.Letter("wc02").Chc.ShouldBeNull();
}
