using Formulate.Engine.Estimation;
using Formulate.Engine.Parameters;
using Formulate.Engine.Quality;

namespace Formulate.Tests.Engine;

public class QaRuleTests
{
    private static ProfileBuilder Baseline() => new ProfileBuilder()
        .With("person.has_unpaid_carer", "no")
        .Need("hygiene", "some").With("personal_care.morning", "yes")
        .Need("nutrition", "some").With("nutrition.meals_per_day", "two");

    private static ProfileBuilder WithCarer() => Baseline().With("person.has_unpaid_carer", "yes")
        .With("carer.assessment", "completed").With("carer.sustainability", "sustainable").With("carer.age_band", "18_64");

    private static ProfileBuilder AboveTheCap() =>
        Baseline().Need("hygiene", "all").Need("toileting", "some").With("night.need", "continuous").With("night.support_type", "waking_night").With("night.nights_per_week", "7");

    /// <summary>Rules that only a council configuration other than the shipped one can trigger, with the change that makes it.</summary>
    public static TheoryData<string, Func<ProfileBuilder>, Func<ParameterSet, ParameterSet>> ConfigurationTriggers => new()
    {
        { "QA16", AboveTheCap, configuration => configuration.Setting(BudgetLimits.ReferToPanelPolicy, 0m) },
    };

    public static TheoryData<string, Func<ProfileBuilder>> Triggers => new()
    {
        { "QA01", () => Baseline().With("person.eligibility_decided", "no") },
        { "QA02", () => new ProfileBuilder().Need("hygiene", "some").With("personal_care.morning", "yes") },
        { "QA03", () => Baseline().With("personal_care.morning", "no") },
        { "QA04", () => Baseline().With("mobility.transfers", "two_carers").With("mobility.weight_bearing", "fully") },
        { "QA05", () => Baseline().With("mobility.falls", "frequent") },
        { "QA06", () => Baseline().With("cognition.memory", "significant") },
        { "QA07", () => Baseline().With("behaviour.present", "yes").With("behaviour.risk", "high") },
        { "QA08", () => Baseline().Need("toileting", "some").With("night.need", "continuous").With("night.support_type", "sleep_in") },
        { "QA09", () => WithCarer().With("person.living_situation", "own_home_alone").With("carer.lives_with_person", "yes") },
        { "QA10", () => WithCarer().With("carer.sustainability", "at_risk").With("carer.assessment", "not_offered") },
        { "QA11", () => WithCarer().With("carer.sustainability", "not_sustainable").Need("hygiene", "some", unpaid: "some", sustainable: "yes") },
        { "QA12", () => WithCarer().With("carer.age_band", "under_18") },
        { "QA13", () => Baseline().Need("hygiene", "most", strengths: "all") },
        { "QA14", () => Baseline().Need("nutrition", "none").Need("dressing", "some").With("health.any_needs", "yes").With("health.nutrition_risk", "weight_loss_or_swallowing") },
        { "QA15", () => Baseline().With("health.any_needs", "yes").With("health.continence", "managed") },
        { "QA31", AboveTheCap },
        { "QA17", () => new ProfileBuilder().Need("home_environment", "prompting").Need("relationships", "prompting", community: "most") },
        { "QA18", () => WithCarer().Need("hygiene", "some", unpaid: "all").Need("nutrition", "some", unpaid: "all") },
        { "QA19", () => Baseline().With("person.living_situation", "supported_living").With("supported_living.sharing", "shared_with_2") },
        { "QA20", () => Baseline().With("person.primary_support_reason", "sensory_hearing") },
        { "QA21", () => Baseline().With("mobility.outdoors", "cannot_go_out") },
        { "QA22", () => new ProfileBuilder().Need("nutrition", "some").Need("relationships", "some").With("night.need", "regular").With("night.support_type", "sleep_in") },
        { "QA23", () => Baseline().With("health.tasks", "yes").With("health.catheter_stoma", "yes").With("health.any_needs", "yes").With("health.continence", "continent").With("health.continence_care", "routine") },
        { "QA24", () => Baseline().Need("nutrition", "none").Need("dressing", "some").With("health.any_needs", "yes").With("health.nutrition_risk", "needs_support").With("health.swallowing", "skilled") },
        { "QA25", () => Baseline().With("mobility.transfers", "with_equipment").With("mobility.weight_bearing", "cannot").With("mobility.can_assist", "no") },
        { "QA26", () => Baseline().With("health.any_needs", "yes").With("health.skin", "at_risk").With("health.skin_prevention", "several_daily") },
        { "QA27", () => Baseline().With("medication.support", "administering").With("medication.administration_reason", "trained_monitoring") },
        { "QA28", () => Baseline().With("health.any_needs", "yes").With("health.consciousness", "needs_supervision").Need("home_safety", "prompting").With("home_safety.left_alone", "all_day") },
        { "QA29", () => Baseline().With("health.any_needs", "yes").With("health.breathing", "managed").With("health.breathing_device", "tracheostomy") },
        { "QA30", () => new ProfileBuilder().With("person.has_unpaid_carer", "no").Need("nutrition", "some").Need("home_environment", "some").With("health.any_needs", "yes").With("health.breathing", "needs_help").With("health.breathlessness", "not_responding_limits_all") },
    };

    [Fact]
    public void Check_BaselineProfile_HasNoStatements()
    {
        EngineFixtures.Shipped.EstimateOrFail(Baseline().Build()).QualityStatements.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Triggers))]
    public void Check_ProfileWithTheProblem_StatesIt(string code, Func<ProfileBuilder> profile)
    {
        var statements = EngineFixtures.Shipped.EstimateOrFail(profile().Build()).QualityStatements;

        var statement = statements.ShouldHaveSingleItem(string.Join(", ", statements.Select(s => s.Code)));
        statement.Code.ShouldBe(code);
        statement.Message.ShouldEndWith(".");
    }

    [Theory]
    [MemberData(nameof(ConfigurationTriggers))]
    public void Check_ProfileWithTheProblemUnderItsConfiguration_StatesIt(string code, Func<ProfileBuilder> profile, Func<ParameterSet, ParameterSet> configuration)
    {
        var statements = EngineFixtures.WithConfiguration(configuration).EstimateOrFail(profile().Build()).QualityStatements;

        statements.ShouldHaveSingleItem(string.Join(", ", statements.Select(s => s.Code))).Code.ShouldBe(code);
    }

    [Fact]
    public void Catalogue_HasAtLeastFifteenDistinctRulesEachTested()
    {
        var codes = QaRuleCatalogue.Rules.Select(rule => rule.Code).Distinct().ToList();

        codes.Count.ShouldBeGreaterThanOrEqualTo(15);
        codes.ShouldBeSubsetOf(Triggers.Select(row => (string)row[0]).Concat(ConfigurationTriggers.Select(row => (string)row[0])));
    }

    [Fact]
    public void Check_StatementsNameOnlyRealQuestions()
    {
        var questions = Formulate.Engine.Defaults.DefaultDefinitions.Definition.Questions;

        QaRuleCatalogue.Rules.SelectMany(rule => rule.QuestionIds).ShouldAllBe(id => questions.Find(id) != null);
    }
}
