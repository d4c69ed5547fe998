using System.Text.RegularExpressions;
using Formulate.Engine.Defaults;
using Formulate.Engine.Questions;

namespace Formulate.Tests.Engine.SelfAssessment;

public sealed partial class CitizenWordingTests
{
    private static readonly QuestionSet Shipped = DefaultDefinitions.Definition.Questions;

    private static IEnumerable<Question> Asked => Shipped.Questions.Where(question => question.SelfAssessment);

    [Theory]
    [InlineData(CitizenVoice.You)]
    [InlineData(CitizenVoice.They)]
    public void Grade_EveryCitizenQuestionHintAndAnswer_SuitsAReadingAgeOf9To11(CitizenVoice voice)
    {
        var texts = AllTexts(voice).ToList();

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

    [Fact]
    public void Label_FirstPerson_NoAnswerSpeaksOfThePersonInTheThirdPerson()
    {
        var thirdPerson = Asked
            .SelectMany(question => question.Answers.Select(answer => $"{question.Id}: {CitizenWording.Label(answer, CitizenVoice.You)}"))
            .Where(label => ThirdPerson().IsMatch(label))
            .ToList();

        thirdPerson.ShouldBeEmpty();
    }

    [Fact]
    public void Label_AboutSomeoneElse_NoAnswerOrQuestionSaysYou()
    {
        var secondPerson = Asked
            .SelectMany(question => question.Answers.Select(answer => CitizenWording.Label(answer, CitizenVoice.They)).Append(CitizenWording.Text(question, CitizenVoice.They)))
            .Where(text => SecondPerson().IsMatch(text))
            .ToList();

        secondPerson.ShouldBeEmpty();
    }

    [Fact]
    public void Text_EveryQuestionAsked_HasWordingForSomeoneAnsweringAboutThePerson() =>
        Asked.Where(question => string.IsNullOrWhiteSpace(question.CitizenTextThey)).Select(question => question.Id).ShouldBeEmpty();

    [Fact]
    public void Label_PractitionerJargon_IsNeverShownToThePerson()
    {
        var shown = Asked.SelectMany(question => question.Answers).Select(answer => CitizenWording.Label(answer, CitizenVoice.You)).ToList();

        shown.ShouldNotContain("Prompting or supervision only");
        shown.ShouldNotContain("Episodes that need skilled intervention");
        shown.ShouldNotContain("Disinhibited behaviour");
        Asked.ShouldNotContain(question => question.CitizenText.Contains("act in ways that could hurt", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("person.eligibility_decided")]
    [InlineData("person.primary_support_reason")]
    [InlineData("health.wound")]
    [InlineData("communication.reliability")]
    [InlineData("behaviour.support_plan")]
    public void SelfAssessment_PractitionersJudgementOrClinicalDetail_IsNotAsked(string questionId) =>
        Shipped.Find(questionId)!.SelfAssessment.ShouldBeFalse();

    private static IEnumerable<string> AllTexts(CitizenVoice voice) =>
        Asked.SelectMany(question => new[] { CitizenWording.Text(question, voice), CitizenWording.Hint(question, voice) }
                .Concat(question.Answers.Select(answer => CitizenWording.Label(answer, voice))))
            .OfType<string>()
            .Distinct();

    [GeneratedRegex(@"\b(they|their|them|themselves|the person)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThirdPerson();

    [GeneratedRegex(@"\b(you|your|yourself)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SecondPerson();
}
