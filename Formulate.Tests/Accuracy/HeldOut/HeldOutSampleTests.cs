using Formulate.Analysis.Accuracy;
using Formulate.Engine.Defaults;
using Formulate.Engine.Profiles;
using Formulate.Tests.Accuracy.Practice;

namespace Formulate.Tests.Accuracy.HeldOut;

public sealed class HeldOutSampleTests
{
    private static readonly Lazy<Sample> Thousand = new(() => HeldOutSample.Generate(HeldOutCouncil.Drawn(3), DefaultDefinitions.CareAsPlanned.Questions, 1_000, 3));

    [Fact]
    public void Generate_ThousandPeople_EveryLivingSituationTheSetOffersOccurs()
    {
        var offered = DefaultDefinitions.CareAsPlanned.Questions.Find("person.living_situation")!.Answers.Select(answer => answer.Code).ToList();

        var occurring = Thousand.Value.Cases.Select(sampleCase => sampleCase.Profile.Answers["person.living_situation"]).Distinct().ToList();

        occurring.ShouldBe(offered, ignoreOrder: true);
    }

    [Fact]
    public void Generate_ThousandPeople_EveryProfileIsAccepted()
    {
        var questions = DefaultDefinitions.CareAsPlanned.Questions;
        foreach (var sampleCase in Thousand.Value.Cases)
        {
            ProfileValidator.Validate(questions, sampleCase.Profile).ShouldBeEmpty(sampleCase.CaseId);
            foreach (var (questionId, code) in sampleCase.Profile.Answers)
            {
                questions.Find(questionId).ShouldNotBeNull().Offers(code).ShouldBeTrue($"{sampleCase.CaseId}: {questionId} = {code}");
            }
        }
    }

    [Fact]
    public void View_ThousandPeople_AnswersEveryQuestionWithACodeItOffers()
    {
        // The recorded profile falls back to a question's first answer where the view gives none it offers, so the view
        // itself is checked: every answer is to a real question with a code it offers, and every question asked is
        // answered from the view, not by the fallback.
        var questions = DefaultDefinitions.CareAsPlanned.Questions;
        var random = new Random(23);
        for (var i = 0; i < 1_000; i++)
        {
            var view = HeldOutRecording.View(HeldOutPersonGenerator.Draw(random), random);
            foreach (var (questionId, code) in view)
            {
                questions.Find(questionId).ShouldNotBeNull(questionId).Offers(code).ShouldBeTrue($"{questionId} = {code}");
            }

            var profile = PracticeAnswers.Record(view, questions, new DateOnly(2026, 4, 1));
            foreach (var (questionId, code) in profile.Answers)
            {
                view.TryGetValue(questionId, out var recorded).ShouldBeTrue(questionId);
                recorded.ShouldBe(code, questionId);
            }
        }
    }

    [Fact]
    public void Generate_ThousandPeople_CasesAreNumberedAndDatedAsAFileWouldBe()
    {
        var cases = Thousand.Value.Cases;

        cases.Count.ShouldBe(1_000);
        cases[0].CaseId.ShouldBe("H3-00000");
        cases[999].CaseId.ShouldBe("H3-00999");
        cases.Select(sampleCase => sampleCase.Row).ShouldBe(Enumerable.Range(2, 1_000));
        cases.ShouldAllBe(sampleCase => sampleCase.Profile.AssessmentDate >= new DateOnly(2026, 4, 1) && sampleCase.Profile.AssessmentDate <= new DateOnly(2026, 9, 28));
        cases.ShouldAllBe(sampleCase => sampleCase.Package.Count > 0 && sampleCase.Package.Count <= SampleFormat.MaxPackageLines);
    }

    [Fact]
    public void Generate_ThousandPeople_CaseloadLooksLikeACouncils()
    {
        var cases = Thousand.Value.Cases;
        double Share(Func<SampleCase, bool> holds) => cases.Count(holds) / (double)cases.Count;
        string Answer(SampleCase sampleCase, string questionId) => sampleCase.Profile.Answers.TryGetValue(questionId, out var code) ? code : string.Empty;
        bool Older(SampleCase sampleCase) => Answer(sampleCase, "person.age_band") is "65_74" or "75_84" or "85_plus";
        bool InCareHome(SampleCase sampleCase) => Answer(sampleCase, "person.living_situation") is "residential_care" or "nursing_care";

        Share(InCareHome).ShouldBeInRange(0.17, 0.30);
        Share(sampleCase => Older(sampleCase) && !InCareHome(sampleCase)).ShouldBeInRange(0.40, 0.60);
        var learningDisability = cases.Where(sampleCase => Answer(sampleCase, "person.primary_support_reason") == "learning_disability").ToList();
        learningDisability.Count(sampleCase => Answer(sampleCase, "person.living_situation") is "supported_living" or "own_home_with_family" or "shared_lives" or "residential_care")
            .ShouldBeGreaterThan(learningDisability.Count * 3 / 4);
    }

    [Fact]
    public void Generate_SameSeed_SameSample()
    {
        var council = HeldOutCouncil.Drawn(5);

        var first = HeldOutSample.Generate(council, DefaultDefinitions.CareAsPlanned.Questions, 300, 17);
        var second = HeldOutSample.Generate(council, DefaultDefinitions.CareAsPlanned.Questions, 300, 17);

        second.Cases.Count.ShouldBe(first.Cases.Count);
        for (var i = 0; i < first.Cases.Count; i++)
        {
            second.Cases[i].CaseId.ShouldBe(first.Cases[i].CaseId);
            second.Cases[i].Profile.AssessmentDate.ShouldBe(first.Cases[i].Profile.AssessmentDate);
            second.Cases[i].Profile.Answers.ShouldBe(first.Cases[i].Profile.Answers, ignoreOrder: true);
            second.Cases[i].Package.ShouldBe(first.Cases[i].Package);
        }
    }

    [Fact]
    public void Generate_OtherSeed_OtherSample()
    {
        var council = HeldOutCouncil.Drawn(5);

        var first = HeldOutSample.Generate(council, DefaultDefinitions.CareAsPlanned.Questions, 100, 17);
        var other = HeldOutSample.Generate(council, DefaultDefinitions.CareAsPlanned.Questions, 100, 18);

        other.Cases.Select(sampleCase => sampleCase.ActualWeeklyCost).ShouldNotBe(first.Cases.Select(sampleCase => sampleCase.ActualWeeklyCost));
    }
}
