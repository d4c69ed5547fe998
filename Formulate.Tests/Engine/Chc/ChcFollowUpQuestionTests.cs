using Formulate.Engine.Chc;
using Formulate.Engine.Defaults;
using Formulate.Engine.Profiles;

namespace Formulate.Tests.Engine.Chc;

public class ChcFollowUpQuestionTests
{
    private static readonly Formulate.Engine.Questions.QuestionSet Questions = DefaultDefinitions.Definition.Questions;

    [Fact]
    public void FollowUps_EveryOneTheDomainRulesAsk_IsOptional_AskedOnlyWhereANeedIsShown_AndWordedForThePerson()
    {
        var followUps = ChcDomainRules.All.SelectMany(rule => rule.FollowUps).ToList();

        followUps.Count.ShouldBeGreaterThanOrEqualTo(17);
        foreach (var id in followUps)
        {
            var question = Questions.Find(id).ShouldNotBeNull(id);
            question.Optional.ShouldBeTrue(id);
            question.VisibleWhen.ShouldNotBeNull(id);
            question.CitizenText.ShouldNotBe(question.Text, id);
        }
    }

    [Fact]
    public void Needs_EveryQuestionTheDomainRulesNeed_IsInTheQuestionSetAndRequired()
    {
        foreach (var id in ChcDomainRules.All.SelectMany(rule => rule.Needs))
        {
            Questions.Find(id).ShouldNotBeNull(id).Optional.ShouldBeFalse(id);
        }
    }

    [Fact]
    public void FollowUps_NoHealthNeedsRecorded_AreNotAsked()
    {
        var visible = new VisibleAnswers(Questions, ChcAnswers.Profile("health.any_needs=no").Answers);

        ChcDomainRules.All.SelectMany(rule => rule.FollowUps).Where(visible.IsVisible).ShouldBeEmpty();
    }

    [Fact]
    public void Validate_FollowUpAskedButLeftUnanswered_IsNotAProblem()
    {
        var profile = ChcAnswers.Profile("health.any_needs=yes health.breathing=needs_help");

        new VisibleAnswers(Questions, profile.Answers).IsVisible("health.breathing_device").ShouldBeTrue();
        profile.Answers.ContainsKey("health.breathing_device").ShouldBeFalse();
        ProfileValidator.Validate(Questions, profile).ShouldBeEmpty();
    }

    [Fact]
    public void Validate_RequiredQuestionLeftUnanswered_IsStillAProblem()
    {
        var answers = new Dictionary<string, string>(ChcAnswers.Profile("health.any_needs=yes").Answers);
        answers.Remove("health.breathing");

        var problems = ProfileValidator.Validate(Questions, new NeedsProfile { AssessmentDate = new DateOnly(2025, 6, 1), Answers = answers });

        problems.ShouldHaveSingleItem().QuestionId.ShouldBe("health.breathing");
    }
}
