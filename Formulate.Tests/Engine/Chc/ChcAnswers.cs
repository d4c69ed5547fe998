using Formulate.Engine.Chc;
using Formulate.Engine.Defaults;
using Formulate.Engine.Profiles;

namespace Formulate.Tests.Engine.Chc;

/// <summary>Builds a valid profile from "question=answer" pairs separated by spaces, and predicts its Checklist.</summary>
public static class ChcAnswers
{
    public static NeedsProfile Profile(string answers)
    {
        var builder = new ProfileBuilder();
        foreach (var pair in answers.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=');
            builder.With(parts[0], parts[1]);
        }

        var profile = builder.Build();
        // Every answer given must survive as given: a test whose answer is dropped as not asked would test nothing.
        foreach (var pair in answers.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=');
            profile.Answers.GetValueOrDefault(parts[0]).ShouldBe(parts[1], $"{parts[0]} is not asked given the other answers");
        }

        ProfileValidator.Validate(DefaultDefinitions.Definition.Questions, profile).ShouldBeEmpty();
        return profile;
    }

    public static ChcPrediction Predict(string answers) =>
        ChcPredictor.Predict(DefaultDefinitions.Definition.Questions, Profile(answers).Answers);

    public static ChcDomainPrediction Domain(string answers, ChcDomain domain) =>
        Predict(answers).Domains.Single(prediction => prediction.Domain == domain);
}
