using Formulate.Engine.Defaults;
using Formulate.Web.Profiles;

namespace Formulate.Tests.Web.Profiles;

public sealed class QuestionErrorMessagesTests
{
    [Theory]
    [InlineData("hygiene.need", "Select how much help the person needs to wash and keep clean")]
    [InlineData("person.age_band", "Select how old the person is")]
    [InlineData("person.lives_with", "Select who the person lives with")]
    [InlineData("person.has_unpaid_carer", "Select whether anyone gives the person unpaid help, such as family, friends or neighbours")]
    [InlineData("child_care.has_children", "Select whether the person has caring responsibilities for a child")]
    [InlineData("hygiene.unpaid_sustainable", "Select whether that unpaid support can carry on without harming the carer")]
    [InlineData("home_safety.left_alone", "Select how long the person can safely be left alone during the day")]
    [InlineData("night.nights_per_week", "Select on how many nights a week this is needed")]
    [InlineData("carer.sustainability", "Select whether the carer can keep caring at the current level")]
    [InlineData("carer.works", "Select whether the carer works or studies")]
    [InlineData("night.support_type", "Select what kind of night support meets the need")]
    public void Select_ShippedQuestion_GivesGovukWording(string questionId, string expected)
    {
        var question = DefaultDefinitions.Definition.Questions.Find(questionId).ShouldNotBeNull();

        QuestionErrorMessages.Select(question).ShouldBe(expected);
    }

    [Fact]
    public void TryStatement_EveryShippedQuestion_FindsARule()
    {
        var unmatched = DefaultDefinitions.Definition.Questions.Questions
            .Where(question => QuestionErrorMessages.TryStatement(question.Text) is null)
            .Select(question => question.Id);

        unmatched.ShouldBeEmpty();
    }

    [Fact]
    public void TryStatement_QuestionNoRuleFits_ReturnsNull()
    {
        QuestionErrorMessages.TryStatement("Please choose one?").ShouldBeNull();
    }
}
