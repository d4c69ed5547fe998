using SelfAssessment = Formulate.Data.Entities.SelfAssessment;
using Formulate.Data.SelfAssessments;
using Formulate.Data.Time;
using Formulate.Engine;
using Formulate.Engine.Estimation;
using Formulate.Engine.Parameters;
using Formulate.Engine.Profiles;
using Formulate.Web.Reproducibility;

namespace Formulate.Web.SelfAssessments;

/// <summary>
/// The indicative figure a self-assessment shows, where the council's configuration says so: worked out by the same
/// engine and configuration as a practitioner's estimate, from the person's answers alone, on the day they send them.
/// </summary>
public sealed class IndicativeFigures(EngineRegistry engines, TimeProvider time)
{
    public const string PolicyKey = "policy.self_assessment_shows_indicative_figure";

    /// <summary>
    /// The decision as the configuration screens offer it to a council whose configuration does not have it yet: absent
    /// means no, so configurations published before it show no figure.
    /// </summary>
    public static Parameter Policy { get; } = new()
    {
        Key = PolicyKey,
        Label = "Show people an indicative figure when they send a self-assessment",
        Unit = "yes/no",
        Description = "Yes: when a person sends their self-assessment, they see a rough weekly figure worked out from their answers, " +
                      "labelled as indicative and not an offer (for self-funders, as an independent personal budget). No: no figure is shown.",
        Values = [],
    };

    /// <summary>Whether the configuration in force today shows a figure.</summary>
    public bool AreShown => IsOn(engines.InForceToday(time).Definition.Configuration, UkTime.Today(time));

    public static bool IsOn(ParameterSet configuration, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.Find(PolicyKey)?.At(date)?.Value is { } value && value != 0m;
    }

    /// <summary>The figure for <paramref name="answers"/> today, or null when the configuration in force shows none.</summary>
    public IndicativeFigure? WorkOut(IReadOnlyDictionary<string, string> answers)
    {
        var today = UkTime.Today(time);
        var engine = engines.InForceOn(today);
        return IsOn(engine.Definition.Configuration, today) ? Estimate(engine, answers, today) : null;
    }

    /// <summary>
    /// The figure a sent self-assessment showed, worked out again from its answers with the versions it recorded on the
    /// day it was sent; null when it showed none or this installation no longer has those versions.
    /// </summary>
    public IndicativeFigure? WorkOutAgain(SelfAssessment sent)
    {
        ArgumentNullException.ThrowIfNull(sent);
        if (sent is not { IndicativeModelVersion: { } model, IndicativeConfigurationVersion: { } configuration, SubmittedAt: { } submitted })
        {
            return null;
        }

        var stamp = new VersionStamp { QuestionSet = $"{engines.Current.Definition.Questions.Id}@{sent.QuestionSetVersion}", Model = model, Configuration = configuration };
        return engines.Find(stamp).Engine is { } engine
            ? Estimate(engine, SelfAssessmentJourney.AnswersOf(sent.PersonAnswersJson), UkTime.DateOf(submitted))
            : null;
    }

    /// <summary>What is kept with the sent answers: the figure (if the answers gave one) and the versions that worked it out.</summary>
    public static IndicativeFigureShown? Shown(IndicativeFigure? figure) =>
        figure is null ? null : new IndicativeFigureShown(figure.Weekly, figure.Versions.Model, figure.Versions.Configuration);

    private static IndicativeFigure Estimate(FormulateEngine engine, IReadOnlyDictionary<string, string> answers, DateOnly date)
    {
        var outcome = engine.EstimateFromSelfAssessment(new NeedsProfile
        {
            AssessmentDate = date,
            QuestionSetVersion = engine.Definition.Questions.Version,
            Answers = answers,
        });
        return new IndicativeFigure { Versions = engine.Definition.Stamp, Result = outcome.Result, Problems = outcome.Problems };
    }
}
