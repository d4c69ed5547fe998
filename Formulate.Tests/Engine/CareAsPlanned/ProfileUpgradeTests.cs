using Formulate.Engine.Defaults;
using Formulate.Engine.Profiles;

namespace Formulate.Tests.Engine.CareAsPlanned;

public class ProfileUpgradeTests
{
    private static NeedsProfile Draft2025() => WorkedCaseDataAttribute.Load("wc01").Profile with { QuestionSetVersion = "2025.1" };

    private static ProfileUpgrade Upgrade(NeedsProfile draft) =>
        ProfileUpgrade.Of(draft, DefaultDefinitions.Definition.Questions, DefaultDefinitions.CareAsPlanned.Questions);

    [Fact]
    public void Of_A2025Draft_KeepsTheAnswersThatStillApplyUnderTheSameIds()
    {
        var upgrade = Upgrade(Draft2025());

        upgrade.Profile.QuestionSetVersion.ShouldBe("2026.1");
        upgrade.Profile.Answers["personal_care.morning"].ShouldBe("yes");
        upgrade.Profile.Answers["personal_care.bedtime"].ShouldBe("yes");
        upgrade.Profile.Answers["hygiene.need"].ShouldBe("some");
        upgrade.Profile.Answers["home_environment.met_by_community"].ShouldBe("none");
    }

    [Fact]
    public void Of_A2025Draft_ListsTheAnswersDroppedAndTheNewQuestionsToAnswer()
    {
        var upgrade = Upgrade(Draft2025());

        upgrade.Dropped.ShouldContain("hygiene.met_by_strengths");
        upgrade.Dropped.ShouldContain("dressing.met_by_community");
        upgrade.Dropped.ShouldContain("nutrition.meals_per_day");
        upgrade.Dropped.ShouldContain("medication.times_per_day");
        upgrade.Dropped.ShouldNotContain("hygiene.need");
        upgrade.ToAnswer.ShouldBe(["support.arrangement", "needs.fluctuate", "nutrition.morning", "nutrition.midday", "nutrition.evening",
            "medication.morning", "medication.midday", "medication.evening", "medication.bedtime"], ignoreOrder: true);
    }

    [Fact]
    public void Of_A2025DraftWithItsNewQuestionsAnswered_EstimatesUnderTheCareAsPlannedModel()
    {
        var upgrade = Upgrade(Draft2025());
        var answers = new Dictionary<string, string>(upgrade.Profile.Answers);
        foreach (var question in upgrade.ToAnswer)
        {
            answers[question] = DefaultDefinitions.CareAsPlanned.Questions.Find(question)!.Answers[0].Code;
        }

        var outcome = PlannedProfiles.Engine.Estimate(upgrade.Profile with { Answers = answers });

        outcome.Problems.ShouldBeEmpty();
        upgrade.Profile.Answers.Keys.ShouldNotContain("hygiene.met_by_strengths");
    }

    [Fact]
    public void Of_ADraftFromAnotherSet_SaysWhichSetItWasAnsweredOn()
    {
        var draft = Draft2025() with { QuestionSetVersion = "2024.9" };

        Should.Throw<ArgumentException>(() => Upgrade(draft)).Message.ShouldContain("answered on question set 2024.9, not 2025.1");
    }
}
