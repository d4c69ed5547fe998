using Formulate.Engine;
using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;
using Formulate.Engine.Profiles;
using Formulate.Engine.Rules;
using Formulate.Engine.Tracing;

namespace Formulate.Tests.Engine;

/// <summary>
/// Working that reads nothing of the setting (the care-as-planned day's tasks) is shared by the estimate and its what-ifs
/// through the memo (<c>Calculation.RememberAcrossSettings</c>): once for each unpaid support, never an untraced result
/// for a traced scenario, never through a memo made by <c>Except</c>, and with its missing parameters reported every time.
/// </summary>
public sealed class SettingFreeWorkingTests
{
    private const string Key = "test-working";
    private static readonly EngineDefinition Definition = DefaultDefinitions.CareAsPlanned;
    private static readonly NeedsProfile Profile = new ProfileBuilder(Definition.Questions)
        .With("person.living_situation", LivingSituations.OwnHomeAlone)
        .Build();

    [Fact]
    public void RememberAcrossSettings_AnotherSettingWithTheSameUnpaidSupport_WorksItOutOnce()
    {
        var memo = new AreaMemo();
        var counter = new WorkCounter();

        var first = counter.Work(Scenario(memo, tracing: false, LivingSituations.OwnHomeAlone));
        var second = counter.Work(Scenario(memo, tracing: false, LivingSituations.SupportedLiving));

        counter.Count.ShouldBe(1);
        second.ShouldBeSameAs(first);
    }

    [Fact]
    public void RememberAcrossSettings_OtherUnpaidSupport_WorksItOutAgain()
    {
        var memo = new AreaMemo();
        var counter = new WorkCounter();

        counter.Work(Scenario(memo, tracing: false, LivingSituations.OwnHomeAlone));
        counter.Work(Scenario(memo, tracing: false, LivingSituations.OwnHomeAlone, unpaidScope: "none"));

        counter.Count.ShouldBe(2);
    }

    [Fact]
    public void RememberAcrossSettings_UntracedWorkingThenATracedScenario_WorksItOutAgainWithItsTrace()
    {
        var memo = new AreaMemo();
        var counter = new WorkCounter();

        counter.Work(Scenario(memo, tracing: false, LivingSituations.OwnHomeAlone)).Trace.ShouldBeNull();
        var traced = counter.Work(Scenario(memo, tracing: true, LivingSituations.OwnHomeAlone));

        counter.Count.ShouldBe(2);
        traced.Trace.ShouldNotBeNull().RuleId.ShouldBe(PlannedRules.DailyTasks.Id);
    }

    [Fact]
    public void RememberAcrossSettings_TracedWorkingThenAnUntracedScenario_SharesIt()
    {
        var memo = new AreaMemo();
        var counter = new WorkCounter();

        counter.Work(Scenario(memo, tracing: true, LivingSituations.OwnHomeAlone));
        counter.Work(Scenario(memo, tracing: false, LivingSituations.ResidentialCare));

        counter.Count.ShouldBe(1);
    }

    [Fact]
    public void RememberAcrossSettings_MemoMadeByExcept_WorksItOutAfresh()
    {
        var memo = new AreaMemo();
        var counter = new WorkCounter();

        counter.Work(Scenario(memo, tracing: false, LivingSituations.OwnHomeAlone));
        counter.Work(Scenario(memo.Except([]), tracing: false, LivingSituations.OwnHomeAlone));

        counter.Count.ShouldBe(2);
    }

    [Fact]
    public void RememberAcrossSettings_WorkingThatReadsAMissingParameter_ReportsItAgainOnReuse()
    {
        var memo = new AreaMemo();
        var first = Scenario(memo, tracing: false, LivingSituations.OwnHomeAlone);
        var second = Scenario(memo, tracing: false, LivingSituations.ExtraCareHousing);

        ReadMissing(first);
        ReadMissing(second);

        first.Missing.Select(problem => problem.ParameterKey).ShouldBe(["no.such.parameter"]);
        second.Missing.Select(problem => problem.ParameterKey).ShouldBe(["no.such.parameter"]);
        second.Missing.Single().Message.ShouldContain("has no 'no.such.parameter'");
    }

    private static Calculation Scenario(AreaMemo memo, bool tracing, string livingSituation, string unpaidScope = "as-answered")
    {
        var answers = ScenarioAnswers.Of(Definition.Questions, new VisibleAnswers(Definition.Questions, Profile.Answers))
            .With([(Definition.Questions.PositionOf("person.living_situation"), livingSituation)]);
        return new Calculation(Definition, Profile.AssessmentDate, answers, tracing, memo, unpaidScope);
    }

    private static void ReadMissing(Calculation calculation) =>
        calculation.RememberAcrossSettings(Key, 0, static (calculation, _) =>
        {
            var step = calculation.Step(PlannedRules.DailyTasks);
            step.Model("no.such.parameter");
            return new Working(step.Finish(0m, "minutes per day"));
        });

    private sealed record Working(TraceStep? Trace);

    private sealed class WorkCounter
    {
        public int Count { get; private set; }

        public Working Work(Calculation calculation) =>
            calculation.RememberAcrossSettings(Key, this, static (calculation, counter) =>
            {
                counter.Count++;
                return new Working(calculation.Step(PlannedRules.DailyTasks).Finish(0m, "minutes per day"));
            });
    }
}
