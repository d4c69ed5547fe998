using System.Text.RegularExpressions;
using Formulate.Engine.Defaults;
using Formulate.Engine.Questions;

namespace Formulate.Tests.Engine.SelfAssessment;

public sealed partial class CitizenWordingTests
{
    /// <summary>Every shipped question set a self-assessment may be answered on.</summary>
    public static TheoryData<string> QuestionSets => new([.. DefaultDefinitions.All.Select(definition => definition.Questions.Version)]);

    private static QuestionSet Set(string version) => DefaultDefinitions.All.Single(definition => definition.Questions.Version == version).Questions;

    private static IEnumerable<Question> Asked(string version) => Set(version).Questions.Where(question => question.SelfAssessment);

    [Theory]
    [InlineData(CitizenVoice.You, "2025.1")]
    [InlineData(CitizenVoice.They, "2025.1")]
    [InlineData(CitizenVoice.You, "2026.1")]
    [InlineData(CitizenVoice.They, "2026.1")]
    public void Grade_EveryCitizenQuestionHintAndAnswer_SuitsAReadingAgeOf9To11(CitizenVoice voice, string questionSet)
    {
        var texts = AllTexts(voice, questionSet).ToList();

        var grade = FleschKincaid.Grade(texts);

        // Grade 6 is read at 11 to 12; below it at 9 to 11.
        grade.ShouldBeLessThanOrEqualTo(6.0, $"Flesch–Kincaid grade of {texts.Count} texts");
        texts.ShouldAllBe(text => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 25);
    }

    [Fact]
    public void Syllables_KnownWords_AreCountedAsSpoken()
    {
        FleschKincaid.Syllables("help").ShouldBe(1);
        FleschKincaid.Syllables("people").ShouldBe(2);
        FleschKincaid.Syllables("wheelchair").ShouldBe(2);
        FleschKincaid.Syllables("supervision").ShouldBe(4);
    }

    [Theory]
    [MemberData(nameof(QuestionSets))]
    public void Label_FirstPerson_NoAnswerSpeaksOfThePersonInTheThirdPerson(string questionSet)
    {
        var thirdPerson = Asked(questionSet)
            .SelectMany(question => question.Answers.Select(answer => $"{question.Id}: {CitizenWording.Label(answer, CitizenVoice.You)}"))
            .Where(label => ThirdPerson().IsMatch(label))
            .ToList();

        thirdPerson.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(QuestionSets))]
    public void Label_AboutSomeoneElse_NoAnswerOrQuestionSaysYou(string questionSet)
    {
        var secondPerson = Asked(questionSet)
            .SelectMany(question => question.Answers.Select(answer => CitizenWording.Label(answer, CitizenVoice.They)).Append(CitizenWording.Text(question, CitizenVoice.They)))
            .Where(text => SecondPerson().IsMatch(text))
            .ToList();

        secondPerson.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(QuestionSets))]
    public void Text_EveryQuestionAsked_HasWordingForSomeoneAnsweringAboutThePerson(string questionSet) =>
        Asked(questionSet).Where(question => string.IsNullOrWhiteSpace(question.CitizenTextThey)).Select(question => question.Id).ShouldBeEmpty();

    [Theory]
    [MemberData(nameof(QuestionSets))]
    public void Label_PractitionerJargon_IsNeverShownToThePerson(string questionSet)
    {
        var shown = Asked(questionSet).SelectMany(question => question.Answers).Select(answer => CitizenWording.Label(answer, CitizenVoice.You)).ToList();

        shown.ShouldNotContain("Prompting or supervision only");
        shown.ShouldNotContain("Episodes that need skilled intervention");
        shown.ShouldNotContain("Disinhibited behaviour");
        Asked(questionSet).ShouldNotContain(question => question.CitizenText.Contains("act in ways that could hurt", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("person.eligibility_decided", "2025.1")]
    [InlineData("person.primary_support_reason", "2025.1")]
    [InlineData("health.wound", "2025.1")]
    [InlineData("communication.reliability", "2025.1")]
    [InlineData("behaviour.support_plan", "2025.1")]
    [InlineData("person.eligibility_decided", "2026.1")]
    [InlineData("person.primary_support_reason", "2026.1")]
    [InlineData("health.wound", "2026.1")]
    [InlineData("communication.reliability", "2026.1")]
    [InlineData("behaviour.support_plan", "2026.1")]
    [InlineData("carer.own_needs", "2026.1")]
    public void SelfAssessment_PractitionersJudgementOrClinicalDetail_IsNotAsked(string questionId, string questionSet) =>
        Set(questionSet).Find(questionId)!.SelfAssessment.ShouldBeFalse();

    [Fact]
    public void Label_CareAsPlannedQuestionsAboutTheTimeOfDay_UseThePersonsOwnWords()
    {
        var questions = Set("2026.1");

        CitizenWording.Text(questions.Find("medication.morning")!, CitizenVoice.They).ShouldBe("Do they need help with their medicines in the morning?");
        CitizenWording.Hint(questions.Find("personal_care.evening")!, CitizenVoice.You).ShouldBe("Teatime means late afternoon or early evening.");
        CitizenWording.LabelOf(questions.Find("support.arrangement")!, "direct_payment_personal_assistant", CitizenVoice.You)
            .ShouldBe("You pay your own personal assistant with a direct payment");
    }

    private static IEnumerable<string> AllTexts(CitizenVoice voice, string questionSet) =>
        Asked(questionSet).SelectMany(question => new[] { CitizenWording.Text(question, voice), CitizenWording.Hint(question, voice) }
                .Concat(question.Answers.Select(answer => CitizenWording.Label(answer, voice))))
            .OfType<string>()
            .Distinct();

    [GeneratedRegex(@"\b(they|their|them|themselves|the person)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThirdPerson();

    [GeneratedRegex(@"\b(you|your|yourself)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SecondPerson();
}
