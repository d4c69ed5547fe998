using Formulate.Engine.Estimation;
using Formulate.Engine.Profiles;

namespace Formulate.Tests.Engine;

public class ProfileValidationTests
{
    private static NeedsProfile Valid() => new ProfileBuilder().Need("hygiene", "some").Need("nutrition", "some").Build();

    private static NeedsProfile Changed(Action<Dictionary<string, string>> change)
    {
        var profile = Valid();
        var answers = new Dictionary<string, string>(profile.Answers);
        change(answers);
        return profile with { Answers = answers };
    }

    [Fact]
    public void Estimate_ValidProfile_GivesAnEstimateAndNoProblems()
    {
        var outcome = EngineFixtures.Shipped.Estimate(Valid());

        outcome.IsValid.ShouldBeTrue();
        outcome.Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Estimate_UnknownQuestion_IsAProblemAndNoEstimate()
    {
        var outcome = EngineFixtures.Shipped.Estimate(Changed(answers => answers["hygiene.colour"] = "blue"));

        outcome.Result.ShouldBeNull();
        outcome.Problems.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            problem => problem.Kind.ShouldBe(ValidationProblemKind.UnknownQuestion),
            problem => problem.QuestionId.ShouldBe("hygiene.colour"));
    }

    [Fact]
    public void Estimate_AnswerNotOffered_ListsTheOfferedAnswers()
    {
        var outcome = EngineFixtures.Shipped.Estimate(Changed(answers => answers["hygiene.need"] = "lots"));

        var problem = outcome.Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(ValidationProblemKind.AnswerNotOffered);
        problem.Message.ShouldContain("'prompting'");
    }

    [Fact]
    public void Estimate_AnswerToHiddenQuestion_IsAProblemNotSilentlyUsed()
    {
        var outcome = EngineFixtures.Shipped.Estimate(Changed(answers => answers["person.lives_with"] = "partner"));

        outcome.Problems.ShouldHaveSingleItem().Kind.ShouldBe(ValidationProblemKind.AnswerToHiddenQuestion);
    }

    [Fact]
    public void Estimate_MissingRequiredAnswer_NamesTheQuestion()
    {
        var outcome = EngineFixtures.Shipped.Estimate(Changed(answers => answers.Remove("hygiene.met_by_community")));

        var problem = outcome.Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(ValidationProblemKind.MissingRequiredAnswer);
        problem.QuestionId.ShouldBe("hygiene.met_by_community");
    }

    [Fact]
    public void Estimate_SeveralProblems_ListsEveryOne()
    {
        var profile = Changed(answers =>
        {
            answers["hygiene.colour"] = "blue";
            answers["dressing.need"] = "lots";
            answers["person.lives_with"] = "partner";
            answers.Remove("mobility.falls");
        }) with { AssessmentDate = default, QuestionSetVersion = "1999.1" };

        var kinds = EngineFixtures.Shipped.Estimate(profile).Problems.Select(problem => problem.Kind).Distinct().ToList();

        kinds.ShouldBe(
        [
            ValidationProblemKind.MissingAssessmentDate, ValidationProblemKind.QuestionSetVersionMismatch,
            ValidationProblemKind.AnswerToHiddenQuestion, ValidationProblemKind.AnswerNotOffered,
            ValidationProblemKind.UnknownQuestion, ValidationProblemKind.MissingRequiredAnswer,
        ], ignoreOrder: true);
    }

    [Fact]
    public void Estimate_ConfigurationMissingARateTheProfileNeeds_IsAProblem()
    {
        var engine = EngineFixtures.WithConfiguration(configuration => configuration.Without("rate.waking_night_hour"));
        var needsWakingNights = new ProfileBuilder().Need("hygiene", "most")
            .With("night.need", "continuous").With("night.support_type", "waking_night").With("night.nights_per_week", "7").Build();

        var outcome = engine.Estimate(needsWakingNights);

        outcome.Result.ShouldBeNull();
        var problem = outcome.Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(ValidationProblemKind.MissingParameter);
        problem.ParameterKey.ShouldBe("rate.waking_night_hour");
        engine.Estimate(Valid()).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Estimate_RateNotYetInForce_IsAProblemNamingTheDate()
    {
        var outcome = EngineFixtures.Shipped.Estimate(Valid() with { AssessmentDate = new DateOnly(2024, 6, 1) });

        outcome.Problems.ShouldContain(problem => problem.ParameterKey == "rate.home_care" && problem.Message.Contains("1 June 2024"));
    }

    [Fact]
    public void Estimate_CareHomeWhenPolicyExcludesCareHomes_IsAProblemAndWhatIfSaysWhy()
    {
        var engine = EngineFixtures.WithConfiguration(configuration => configuration.Setting("policy.care_homes_estimated", 0m));
        var inCareHome = new ProfileBuilder().Need("hygiene", "most").With("person.living_situation", "residential_care").Build();

        engine.Estimate(inCareHome).Problems.ShouldHaveSingleItem().Kind.ShouldBe(ValidationProblemKind.NotEstimatedByPolicy);
        var atHome = engine.EstimateOrFail(Valid());
        var whatIf = atHome.WhatIfs.Single(scenario => scenario.Id == "living-situation:residential_care");
        whatIf.WeeklyEstimate.ShouldBeNull();
        whatIf.NotEstimatedReason.ShouldNotBeNull().ShouldContain("does not estimate care home placements");
    }

    [Fact]
    public void VisibleAnswers_EarlierAnswerChanges_ReportsDiscardedAnswers()
    {
        var answers = new Dictionary<string, string>(Valid().Answers) { ["person.lives_with"] = "partner" };

        var (kept, discarded) = new VisibleAnswers(Formulate.Engine.Defaults.DefaultDefinitions.Definition.Questions, answers).WithoutHidden();

        discarded.ShouldBe(["person.lives_with"]);
        kept.ContainsKey("person.lives_with").ShouldBeFalse();
    }

    [Fact]
    public void Estimate_RatesUpliftedFromADate_OldAssessmentUsesOldRate()
    {
        var engine = EngineFixtures.WithConfiguration(configuration => configuration.Setting("rate.home_care", 23.00m, new DateOnly(2026, 4, 1)));

        var before = engine.EstimateOrFail(Valid() with { AssessmentDate = new DateOnly(2026, 3, 31) });
        var after = engine.EstimateOrFail(Valid() with { AssessmentDate = new DateOnly(2026, 4, 1) });

        before.AllocationSummary.First(line => line.SupportType == SupportTypes.HomeCare).Rate.ShouldBe(21.64m);
        after.AllocationSummary.First(line => line.SupportType == SupportTypes.HomeCare).Rate.ShouldBe(23.00m);
    }

    [Fact]
    public void Estimate_WhatIfNeedingARateTheConfigurationLacks_SaysSoInsteadOfAnAmount()
    {
        var engine = EngineFixtures.WithConfiguration(configuration => configuration.Without("rate.supported_living"));

        var result = engine.EstimateOrFail(Valid());

        var supportedLiving = result.WhatIfs.Single(whatIf => whatIf.Id == "living-situation:supported_living");
        supportedLiving.WeeklyEstimate.ShouldBeNull();
        supportedLiving.NotEstimatedReason.ShouldNotBeNull().ShouldContain("rate.supported_living");
        result.WhatIfs.Single(whatIf => whatIf.Id == "living-situation:extra_care_housing").WeeklyEstimate.ShouldNotBeNull();
    }

    [Fact]
    public void Estimate_DateBeforeAnyParameterStarts_ListsTheMissingParametersWithoutFailing()
    {
        var groupSessions = new ProfileBuilder().On(new DateOnly(2019, 1, 1))
            .Need("community", "most").With("community.support_preference", "group_sessions").Need("hygiene", "some").Build();

        var outcome = EngineFixtures.Shipped.Estimate(groupSessions);

        outcome.Result.ShouldBeNull();
        outcome.Problems.ShouldAllBe(problem => problem.Kind == ValidationProblemKind.MissingParameter);
        outcome.Problems.ShouldContain(problem => problem.ParameterKey == "community.hours_per_session");
    }
}
