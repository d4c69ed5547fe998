using Formulate.Engine.Defaults;
using Formulate.Engine.Questions;
using Formulate.Web.Profiles;

namespace Formulate.Tests.Web.Profiles;

public sealed class TimesOfDayTests
{
    private static readonly QuestionSet ByActivity = DefaultDefinitions.Definition.Questions;
    private static readonly QuestionSet CareAsPlanned = DefaultDefinitions.CareAsPlanned.Questions;

    [Theory]
    [InlineData("2025.1", "personal-care", "personal_care.morning", 4, "When does the person need personal care?")]
    [InlineData("2026.1", "personal-care", "personal_care.morning", 4, "When does the person need personal care?")]
    [InlineData("2026.1", "eating", "nutrition.morning", 3, "When does the person need help with a meal or drink?")]
    [InlineData("2026.1", "health", "medication.morning", 4, "When does the person need help with medicines?")]
    public void For_TimeOfDayQuestions_ShowsThemAsOneQuestion(string version, string section, string first, int times, string legend)
    {
        var questions = version == "2025.1" ? ByActivity : CareAsPlanned;

        var group = SectionLayout.For(questions, section).Single(group => group.Question.Id == first);

        group.Times.Count.ShouldBe(times);
        TimesOfDay.Legend(group.Times).ShouldBe(legend);
    }

    [Fact]
    public void Label_EachTime_IsTheQuestionsOwnWordsForIt()
    {
        var group = SectionLayout.For(CareAsPlanned, "personal-care").Single(group => group.IsTimesOfDay);

        group.Times.Select(question => TimesOfDay.Label(group.Times, question))
            .ShouldBe(["In the morning", "At midday", "At teatime (late afternoon or early evening)", "At bedtime"]);
    }

    [Fact]
    public void RunAt_AQuestionThatIsNotATimeOfDay_IsNoRun()
    {
        var inSection = ByActivity.Questions.Where(question => question.Section == "personal-care").ToList();

        TimesOfDay.RunAt(inSection, 0).ShouldBeEmpty();
    }

    [Fact]
    public void Changes_BoxesTicked_AnswerTickedYesAndTheRestNoLeavingWhatIsAlreadySo()
    {
        var times = SectionLayout.For(ByActivity, "personal-care").Single(group => group.IsTimesOfDay).Times;
        var answers = new Dictionary<string, string> { ["personal_care.morning"] = "yes", ["personal_care.midday"] = "no" };

        var changes = TimesOfDay.Changes(times, answers, ["personal_care.morning", "personal_care.bedtime"]);

        changes.ShouldBe(new Dictionary<string, string> { ["personal_care.evening"] = "no", ["personal_care.bedtime"] = "yes" }, ignoreOrder: true);
    }

    [Fact]
    public void Ticked_PartlyAnswered_ShowsTheYesAnswersOnly()
    {
        var times = SectionLayout.For(ByActivity, "personal-care").Single(group => group.IsTimesOfDay).Times;

        TimesOfDay.Ticked(times, new Dictionary<string, string> { ["personal_care.midday"] = "yes", ["personal_care.morning"] = "no" })
            .ShouldBe(["personal_care.midday"]);
        TimesOfDay.Ticked(times, new Dictionary<string, string>()).ShouldBeEmpty();
    }
}
