using Formulate.Engine.Defaults;
using Formulate.Engine.Questions;
using Formulate.Web.Profiles;

namespace Formulate.Tests.Web.Profiles;

public sealed class AnswerAnnouncementTests
{
    private static readonly QuestionSet Questions = DefaultDefinitions.Definition.Questions;

    private static readonly RunningEstimate ElevenLeft = new() { QuestionsLeft = 11 };

    private static Question Find(string questionId) => Questions.Find(questionId).ShouldNotBeNull();

    [Fact]
    public void Saved_SeveralQuestionsNewlyAsked_ListsThemAll()
    {
        var announced = AnswerAnnouncement.Saved(
            Find("person.living_situation"), "own_home_with_family", [Find("person.lives_with"), Find("person.age_band"), Find("person.eligibility_decided")], [], [], ElevenLeft);

        announced.ShouldBe(
            "Your answer to 'Where does the person live?' has been saved: In their own home, with family or others. " +
            "3 new questions: 'Who does the person live with?', 'How old is the person?' and " +
            "'Has a practitioner decided that the person has eligible needs under the Care Act?'. " +
            "11 questions left to answer.");
    }

    [Fact]
    public void Saved_UnansweredQuestionNoLongerAsked_SaysSoOnceAndRemovedAnswersSeparately()
    {
        var announced = AnswerAnnouncement.Saved(
            Find("person.living_situation"), "own_home_alone", [], [Find("person.lives_with"), Find("person.age_band")], [Find("person.lives_with")], ElevenLeft);

        announced.ShouldBe(
            "Your answer to 'Where does the person live?' has been saved: In their own home, alone. " +
            "1 question no longer asked: 'How old is the person?'. " +
            "We removed your answer to 'Who does the person live with?' because it no longer applies. " +
            "11 questions left to answer.");
    }
}
