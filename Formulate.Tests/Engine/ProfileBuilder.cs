using Formulate.Engine.Defaults;
using Formulate.Engine.Profiles;
using Formulate.Engine.Questions;

namespace Formulate.Tests.Engine;

/// <summary>
/// Builds valid profiles: set the answers that matter, and <see cref="Build"/> answers every other visible question
/// with its mildest answer ("no" for yes/no questions) and drops answers to questions that are not asked.
/// </summary>
public sealed class ProfileBuilder
{
    private readonly QuestionSet _questions;
    private readonly Dictionary<string, string> _answers = [];
    private DateOnly _date = new(2025, 6, 1);

    public ProfileBuilder(QuestionSet? questions = null) => _questions = questions ?? DefaultDefinitions.Definition.Questions;

    public ProfileBuilder With(string questionId, string code)
    {
        _answers[questionId] = code;
        return this;
    }

    public ProfileBuilder On(DateOnly date)
    {
        _date = date;
        return this;
    }

    /// <summary>Need, strengths, community and unpaid support for one outcome.</summary>
    public ProfileBuilder Need(string outcome, string level, string strengths = "none", string community = "none", string unpaid = "none", string sustainable = "yes")
    {
        With($"{outcome}.need", level).With($"{outcome}.met_by_strengths", strengths).With($"{outcome}.met_by_community", community);
        return With($"{outcome}.unpaid", unpaid).With($"{outcome}.unpaid_sustainable", sustainable);
    }

    public NeedsProfile Build()
    {
        var complete = new Dictionary<string, string>(_answers);
        complete.TryAdd("person.eligibility_decided", "yes");
        return new NeedsProfile { AssessmentDate = _date, Answers = MildestAnswers.Complete(_questions, complete) };
    }
}
