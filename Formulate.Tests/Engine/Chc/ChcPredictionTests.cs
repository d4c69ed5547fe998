using Formulate.Engine.Chc;
using Formulate.Engine.Defaults;

namespace Formulate.Tests.Engine.Chc;

public class ChcPredictionTests
{
    private const string Health = "health.any_needs=yes ";

    [Fact]
    public void Predict_StoredProfileWithoutTheFollowUpQuestions_StillPredictsAndNamesWhatWasNotAnswered()
    {
        var domain = ChcAnswers.Domain(Health + "health.breathing=needs_help", ChcDomain.Breathing);

        domain.Descriptor.ShouldNotBeNull().Id.ShouldBe("chc.breathing.b.limits-some");
        domain.UnansweredQuestionIds.ShouldBe(["health.breathing_device", "health.breathlessness"]);
    }

    [Fact]
    public void Predict_FollowUpsAnswered_ListsNothingAsUnanswered()
    {
        var domain = ChcAnswers.Domain(Health + "health.breathing=needs_help health.breathing_device=none health.breathlessness=limits_some", ChcDomain.Breathing);

        domain.UnansweredQuestionIds.ShouldBeEmpty();
    }

    [Fact]
    public void Predict_UnansweredFollowUps_AreSaidInTheRecommendationAndTheTrace()
    {
        var prediction = ChcAnswers.Predict(Health + "health.breathing=needs_help");

        prediction.Recommendation.ShouldContain("their levels may be higher: Breathing.");
        prediction.Trace.ShouldNotBeNull().Steps[0].Working.ShouldNotBeNull()
            .ShouldContain("\"Does the person use a tracheostomy or a breathing machine?\"");
    }

    [Fact]
    public void Predict_ARequiredAnswerMissing_DoesNotPredictThatDomainAndSaysWhichQuestion()
    {
        var answers = new Dictionary<string, string>(ChcAnswers.Profile("mobility.falls=occasional").Answers);
        answers.Remove("mobility.weight_bearing");

        var prediction = ChcPredictor.Predict(DefaultDefinitions.Definition.Questions, answers);

        var mobility = prediction.Domains.Single(d => d.Domain == ChcDomain.Mobility);
        mobility.Level.ShouldBe(ChcLevel.NotApplicable);
        mobility.Descriptor.ShouldBeNull();
        mobility.Reason.ShouldBe("Not predicted: \"Can the person bear their own weight?\" was not answered");
        prediction.Recommendation.ShouldContain("Not predicted, for want of answers: Mobility.");
    }

    [Fact]
    public void Predict_EachDomainsTraceStep_CarriesTheMatchedDescriptorsIdAndWords()
    {
        var prediction = ChcAnswers.Predict("mobility.weight_bearing=partially mobility.transfers=one_carer");

        var trace = prediction.Trace.ShouldNotBeNull();
        trace.RuleId.ShouldBe("chc-checklist");
        trace.Steps.Select(step => step.RuleId).ShouldBe(prediction.Domains.Select(d => d.Descriptor!.Id));
        trace.Steps[4].RuleId.ShouldBe("chc.mobility.b.not-consistently");
        trace.Steps[4].Label.ShouldBe("Mobility: B — Not able to consistently weight bear.");
        trace.Steps[4].Answers.Select(read => read.QuestionId).ShouldContain("mobility.weight_bearing");
    }

    [Fact]
    public void Predict_NoRuleMet_SaysNoChecklistIsIndicatedAndNamesTheClosestDomains()
    {
        // Mobility B (partial weight bearing) and cognition B: two B, nothing near a rule.
        var prediction = ChcAnswers.Predict("mobility.weight_bearing=partially mobility.transfers=one_carer cognition.risk_awareness=limited");

        prediction.RecommendFullChecklist.ShouldBeFalse();
        prediction.Recommendation.ShouldStartWith(
            "No Checklist is indicated: the predicted levels do not reach the threshold. The domains that came closest: Mobility B, Cognition B.");
        prediction.NearThreshold.ShouldBeEmpty();
    }

    [Fact]
    public void Predict_FourB_IsOneBShortOfFive()
    {
        // Mobility, communication, psychological and cognition at B.
        var prediction = ChcAnswers.Predict(
            "mobility.weight_bearing=partially mobility.transfers=one_carer communication.expressing=significant_difficulty communication.reliability=sometimes " +
            "emotional.engagement=withdrawn cognition.risk_awareness=limited");

        prediction.CountB.ShouldBe(4);
        prediction.NearThreshold.ShouldBe(["One B short: one more domain at B would make five domains at B."]);
        prediction.Recommendation.ShouldContain("One B short");
    }

    [Fact]
    public void Predict_OneAAndThreeB_IsOneBShortOfOneAAndFourB_AndEachBIsOneLevelShortOfASecondA()
    {
        // Mobility A (cannot assist); communication, psychological and cognition at B.
        var prediction = ChcAnswers.Predict(
            "mobility.weight_bearing=cannot mobility.transfers=one_carer mobility.can_assist=no communication.expressing=significant_difficulty communication.reliability=sometimes " +
            "emotional.engagement=withdrawn cognition.risk_awareness=limited");

        prediction.NearThreshold.ShouldBe([
            "One B short: one more domain at B would make one domain at A and four at B.",
            "Communication is one level short of a second domain at A.",
            "Psychological and emotional needs is one level short of a second domain at A.",
            "Cognition is one level short of a second domain at A.",
        ]);
    }

    [Fact]
    public void Predict_BInAPriorityDomain_IsOneLevelShortOfAnA()
    {
        var prediction = ChcAnswers.Predict("medication.support=administering medication.symptom_control=stable medication.administration_reason=type_or_route");

        prediction.NearThreshold.ShouldBe(["Drug therapies and medication: symptom control is one level short of an A in a priority domain."]);
    }

    [Fact]
    public void Predict_ARuleMet_NamesTheDomainsBehindIt()
    {
        var prediction = ChcAnswers.Predict(Health + "health.consciousness=needs_supervision health.episodes_frequency=more_than_monthly health.episodes_skilled=no");

        prediction.Recommendation.ShouldStartWith(
            "Complete the full NHS Continuing Healthcare Checklist: the predicted levels show an A in a priority domain " +
            "(breathing, behaviour, drug therapies or altered states of consciousness): Altered states of consciousness A. " +
            "If the completed Checklist is positive, refer for a full assessment of eligibility.");
        prediction.NearThreshold.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("no", "They have not been assessed for it yet")]
    [InlineData("yes", "They have been assessed for it.")]
    public void Predict_NursingHomePlacement_ExplainsNhsFundedNursingCare(string assessed, string expected)
    {
        var prediction = ChcAnswers.Predict($"person.living_situation=nursing_care health.fnc_assessed={assessed}");

        prediction.NursingCare.ShouldNotBeNull().ShouldStartWith("NHS-funded nursing care:");
        prediction.NursingCare.ShouldContain(expected);
    }

    [Fact]
    public void Predict_NotANursingHome_SaysNothingAboutNursingCare()
    {
        ChcAnswers.Predict("person.living_situation=residential_care").NursingCare.ShouldBeNull();
    }
}
