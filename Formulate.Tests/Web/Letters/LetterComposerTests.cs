using Formulate.Tests.Data.Builders;
using Formulate.Tests.Web.Letters.Support;
using Formulate.Web.Letters;

namespace Formulate.Tests.Web.Letters;

public sealed class LetterComposerTests
{
    [Fact]
    public void Compose_PersonWithoutAddress_SaysToAddAnAddress()
    {
        var person = new PersonBuilder().Build();
        person.AddressLine1 = null;
        person.AddressLine2 = null;
        person.Town = null;
        person.Postcode = null;

        var outcome = LetterComposer.Compose(person, LetterExamples.Snapshot("wc01"), LetterExamples.Council, LetterExamples.Date);

        outcome.Letter.ShouldBeNull();
        outcome.Problem.ShouldBe("Add an address for Jo Bloggs before printing a letter");
    }

    [Fact]
    public void Compose_PersonWithoutEstimate_SaysToWorkOutAnEstimate()
    {
        var outcome = LetterComposer.Compose(new PersonBuilder().Build(), null, LetterExamples.Council, LetterExamples.Date);

        outcome.Problem.ShouldBe("Work out an estimate for Jo Bloggs before printing a letter");
    }

    [Fact]
    public void Compose_WorkedCase_ListsEachAreaInMoneyAndHours()
    {
        var letter = LetterExamples.Letter("wc01");

        letter.WeeklyEstimate.ShouldBe(295.82m);
        letter.Lines.Select(line => line.Text).ShouldBe(
        [
            "Help with personal care: 7 hours a week, £151.48",
            "Help with eating and drinking: 3 hours 30 minutes a week, £75.74",
            "Help with medicines and health tasks: 1 hour 10 minutes a week, £25.32",
            "Help with jobs around the home: 2 hours a week, £43.28",
        ]);
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
    public void Compose_AgreedBudget_LeadsWithTheAgreedAmount()
    {
        var letter = LetterExamples.Letter("wc01", new AgreedBudget { WeeklyAmount = 320m, Reason = "You need a longer visit on Sundays." });

        letter.WeeklyAmount.ShouldBe(320m);
        letter.WeeklyEstimate.ShouldBe(295.82m);
    }

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

        var letter = LetterComposer.Compose(person, LetterExamples.Snapshot("wc01"), LetterExamples.Council, LetterExamples.Date).Letter!;

        letter.Greeting.ShouldBe(greeting);
        letter.AddressLines[0].ShouldBe("Jo Bloggs");
    }

    [Fact]
    public void Compose_CouncilChoosesTheChcAppendix_CarriesThePredictionWithItsDescriptors()
    {
        var council = LetterExamples.Council with { ShowChcPredictionInLetters = true };

        var letter = LetterComposer.Compose(new PersonBuilder().Build(), LetterExamples.Snapshot("wc02"), council, LetterExamples.Date).Letter!;

        var chc = letter.Chc.ShouldNotBeNull();
        Formulate.Engine.Json.FormulateJson.Serialize(chc).ShouldBe(Formulate.Engine.Json.FormulateJson.Serialize(LetterExamples.Result("wc02").Chc));
        chc.Domains.Count.ShouldBe(11);
        chc.Domains.ShouldAllBe(domain => domain.Descriptor != null && domain.Reason == domain.Descriptor.Text);
    }

    [Fact]
    public void Compose_CouncilHasNotChosenTheChcAppendix_LeavesItOut() =>
        LetterComposer.Compose(new PersonBuilder().Build(), LetterExamples.Snapshot("wc02"), LetterExamples.Council, LetterExamples.Date).Letter!.Chc.ShouldBeNull();
}
