using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;
using Formulate.Engine.Profiles;

namespace Formulate.Tests.Engine;

/// <summary>
/// A what-if's answers: one answer replaced is laid over the answers it was made from, which are shared and must never
/// change; replacing more, or replacing again, copies them.
/// </summary>
public sealed class ScenarioAnswersTests
{
    private const string LivingSituation = "person.living_situation";
    private const string Memory = "cognition.memory";

    private static readonly Formulate.Engine.Questions.QuestionSet Questions = DefaultDefinitions.Definition.Questions;

    private static readonly ScenarioAnswers Profile = ScenarioAnswers.Of(Questions, new VisibleAnswers(Questions, new ProfileBuilder()
        .With(LivingSituation, LivingSituations.OwnHomeAlone)
        .With(Memory, "no_concerns")
        .Build().Answers));

    [Fact]
    public void With_OneAnswer_ReplacesItAndLeavesTheAnswersItWasMadeFromAsTheyWere()
    {
        var whatIf = Profile.With([(Questions.PositionOf(LivingSituation), LivingSituations.NursingCare)]);

        whatIf[LivingSituation].ShouldBe(LivingSituations.NursingCare);
        whatIf[Memory].ShouldBe("no_concerns");
        Profile[LivingSituation].ShouldBe(LivingSituations.OwnHomeAlone);
    }

    [Fact]
    public void With_AnotherAnswerOnAWhatIf_KeepsBothReplacements()
    {
        var whatIf = Profile.With([(Questions.PositionOf(LivingSituation), LivingSituations.NursingCare)])
            .With([(Questions.PositionOf(Memory), "severe")]);

        whatIf[LivingSituation].ShouldBe(LivingSituations.NursingCare);
        whatIf[Memory].ShouldBe("severe");
        Profile[LivingSituation].ShouldBe(LivingSituations.OwnHomeAlone);
        Profile[Memory].ShouldBe("no_concerns");
    }

    [Fact]
    public void HasAt_AnswerRemovedByTheOneReplacement_IsFalse()
    {
        var position = Questions.PositionOf(Memory);

        Profile.HasAt(position).ShouldBeTrue();
        Profile.With([(position, null!)]).HasAt(position).ShouldBeFalse();
    }
}
