using Formulate.Analysis.Accuracy;
using Formulate.Engine.Estimation;
using Formulate.Engine.Profiles;

namespace Formulate.Web.Accuracy;

/// <summary>The downloadable template: every heading, and one example row that passes every check but the sample size.</summary>
public static class SampleTemplate
{
    public static string Write(EngineDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var question in definition.Questions.Questions)
        {
            if (question.Visibility is null || question.Visibility.Holds(new VisibleAnswers(definition.Questions, answers)))
            {
                answers[question.Id] = question.Answers[0].Code;
            }
        }

        var rate = definition.Configuration.Find($"rate.{SupportTypes.HomeCare}")?.Values[^1].Value ?? 20m;
        return SampleFormat.Template(definition.Questions, answers, [new PackageLine { SupportType = SupportTypes.HomeCare, UnitsPerWeek = 10.5m, UnitRate = rate }], "2025-06-01");
    }
}
