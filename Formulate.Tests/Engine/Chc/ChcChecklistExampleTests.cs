using Formulate.Engine.Chc;

namespace Formulate.Tests.Engine.Chc;

/// <summary>The cases checked by hand against the Checklist where the old domain rules disagreed with it, each on its own.</summary>
public class ChcChecklistExampleTests
{
    private const string Health = "health.any_needs=yes ";

    [Theory]
    [InlineData("a tracheostomy the person manages themselves", Health + "health.breathing=managed health.breathing_device=tracheostomy", ChcDomain.Breathing, "chc.breathing.a.tracheostomy")]
    [InlineData("breathlessness not responding to treatment that limits all daily living", Health + "health.breathing=needs_help health.breathlessness=not_responding_limits_all", ChcDomain.Breathing, "chc.breathing.a.not-responding")]
    [InlineData("daily physical aggression with high risk", "behaviour.present=yes behaviour.type=physical_to_others behaviour.frequency=daily behaviour.risk=high", ChcDomain.Behaviour, "chc.behaviour.a.predictable-risk")]
    [InlineData("moderate, weekly, predictable behaviour with a support plan", "behaviour.present=yes behaviour.type=verbal behaviour.frequency=weekly behaviour.risk=moderate behaviour.support_plan=yes behaviour.predictable=yes", ChcDomain.Behaviour, "chc.behaviour.b.predictable")]
    [InlineData("wandering, recorded as the main behaviour, at a moderate risk", "behaviour.present=yes behaviour.type=wandering behaviour.frequency=daily behaviour.risk=moderate behaviour.predictable=yes", ChcDomain.Behaviour, "chc.behaviour.b.predictable")]
    [InlineData("resisting care, recorded as the main behaviour, at a low risk", "behaviour.present=yes behaviour.type=resisting_care behaviour.frequency=daily behaviour.risk=low", ChcDomain.Behaviour, "chc.behaviour.b.predictable")]
    [InlineData("insulin given by a carer", "medication.support=administering medication.symptom_control=stable medication.administration_reason=type_or_route", ChcDomain.DrugTherapies, "chc.drug-therapies.b.administration")]
    [InlineData("a catheter needing monitoring", Health + "health.tasks=yes health.catheter_stoma=yes health.continence=managed health.continence_care=monitoring", ChcDomain.Continence, "chc.continence.b.monitoring")]
    [InlineData("swallowing difficulty needing skilled care", Health + "health.nutrition_risk=weight_loss_or_swallowing health.swallowing=skilled health.weight_loss=no", ChcDomain.Nutrition, "chc.nutrition.a.dysphagia")]
    [InlineData("significant weight loss", Health + "health.nutrition_risk=weight_loss_or_swallowing health.swallowing=no health.weight_loss=significant", ChcDomain.Nutrition, "chc.nutrition.a.weight-loss")]
    [InlineData("feeding that takes 30 minutes or more", "nutrition.need=all nutrition.support_type=assist_to_eat nutrition.time_to_eat=30_plus", ChcDomain.Nutrition, "chc.nutrition.b.feeding-takes-long")]
    [InlineData("routine continence care with pads", Health + "toileting.need=some health.continence=managed health.continence_care=routine", ChcDomain.Continence, "chc.continence.c.routine")]
    [InlineData("routine continence care with pads, recorded before the follow-up question", Health + "toileting.need=some health.continence=managed", ChcDomain.Continence, "chc.continence.c.routine")]
    [InlineData("chronic urinary infections", Health + "health.continence=complications health.continence_care=monitoring", ChcDomain.Continence, "chc.continence.b.monitoring")]
    [InlineData("chronic urinary infections, recorded before the follow-up question", Health + "health.continence=complications", ChcDomain.Continence, "chc.continence.b.monitoring")]
    [InlineData("pressure care several times a day", Health + "health.tasks=yes health.pressure_care=yes health.skin=at_risk health.skin_prevention=several_daily", ChcDomain.SkinIntegrity, "chc.skin.b.prevention-several-daily")]
    [InlineData("a wound not responding to treatment", Health + "health.skin=open_wound health.wound=partial_thickness health.wound_response=not_responding", ChcDomain.SkinIntegrity, "chc.skin.a.partial-thickness-not-responding")]
    [InlineData("one or two falls a year", "mobility.falls=occasional", ChcDomain.Mobility, "chc.mobility.b.moderate-falls-risk")]
    [InlineData("a hoist with one carer for someone who cannot assist", "mobility.transfers=one_carer mobility.equipment=hoist mobility.weight_bearing=cannot mobility.can_assist=no", ChcDomain.Mobility, "chc.mobility.a.cannot-assist")]
    [InlineData("two carers for someone who can assist", "mobility.transfers=two_carers mobility.equipment=hoist mobility.weight_bearing=cannot mobility.can_assist=yes", ChcDomain.Mobility, "chc.mobility.b.assists-transfers")]
    [InlineData("one injurious fall, without a risk assessment showing a high risk", "mobility.falls=frequent mobility.falls_risk=moderate", ChcDomain.Mobility, "chc.mobility.b.moderate-falls-risk")]
    [InlineData("one injurious fall, recorded before the falls risk question", "mobility.falls=frequent", ChcDomain.Mobility, "chc.mobility.b.moderate-falls-risk")]
    [InlineData("significant difficulty communicating, needs help", "communication.expressing=significant_difficulty communication.understanding=significant_difficulty communication.reliability=with_help", ChcDomain.Communication, "chc.communication.c.needs-assistance")]
    [InlineData("significant difficulty communicating, recorded before the follow-up question", "communication.expressing=significant_difficulty", ChcDomain.Communication, "chc.communication.c.needs-assistance")]
    [InlineData("memory so impaired that the person is usually disoriented, has little awareness of risk and cannot make key decisions", "cognition.memory=significant cognition.orientation=usually_disoriented cognition.risk_awareness=limited cognition.decisions=unable", ChcDomain.Cognition, "chc.cognition.a.unable-to-assess-risk")]
    public void Predict_ExampleCheckedAgainstTheChecklist_MeetsTheChecklistsDescriptor(string example, string answers, ChcDomain domain, string descriptorId)
    {
        var prediction = ChcAnswers.Domain(answers, domain);

        prediction.Descriptor.ShouldNotBeNull(example).Id.ShouldBe(descriptorId, example);
    }

    [Theory]
    [InlineData("a tracheostomy the person manages themselves", Health + "health.breathing=managed health.breathing_device=tracheostomy")]
    [InlineData("breathlessness not responding to treatment that limits all daily living", Health + "health.breathing=needs_help health.breathlessness=not_responding_limits_all")]
    [InlineData("daily physical aggression with high risk", "behaviour.present=yes behaviour.type=physical_to_others behaviour.frequency=daily behaviour.risk=high")]
    public void Predict_AnAInAPriorityDomain_RecommendsTheFullChecklist(string example, string answers)
    {
        var prediction = ChcAnswers.Predict(answers);

        prediction.RulesMet.ShouldBe([ChcThresholdRule.AInPriorityDomain], example);
        prediction.RecommendFullChecklist.ShouldBeTrue();
        prediction.Recommendation.ShouldStartWith("Complete the full NHS Continuing Healthcare Checklist");
    }

    [Fact]
    public void Predict_RoutineContinenceCareWithPads_IsNotTheFalseBThatMadeCareHomeCasesLookCloser()
    {
        var prediction = ChcAnswers.Predict(Health + "health.continence=managed health.continence_care=routine");

        prediction.CountB.ShouldBe(0);
        prediction.CountA.ShouldBe(0);
    }
}
