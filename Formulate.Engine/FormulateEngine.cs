using Formulate.Engine.Chc;
using Formulate.Engine.Estimation;
using Formulate.Engine.Profiles;
using Formulate.Engine.Quality;
using Formulate.Engine.WhatIf;

namespace Formulate.Engine;

/// <summary>Turns a completed Needs Profile into an estimated weekly personal budget, with everything behind it.</summary>
public sealed class FormulateEngine(EngineDefinition definition)
{
    // Built once: every result records it, and the record is immutable.
    private readonly VersionStamp _stamp = definition.Stamp;

    public EngineDefinition Definition { get; } = definition;

    public EstimateOutcome Estimate(NeedsProfile profile) => Estimate(profile, selfAssessment: false);

    /// <summary>
    /// The estimate from a person's own answers: the questions a self-assessment does not ask (<c>selfAssessment: false</c>,
    /// such as eligibility and the primary support reason) may be left unanswered, and the formula then reads them as it
    /// reads any question not answered. Every other problem stops the estimate, as in <see cref="Estimate(NeedsProfile)"/>.
    /// </summary>
    public EstimateOutcome EstimateFromSelfAssessment(NeedsProfile profile) => Estimate(profile, selfAssessment: true);

    private EstimateOutcome Estimate(NeedsProfile profile, bool selfAssessment)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var visible = new VisibleAnswers(Definition.Questions, profile.Answers);
        var problems = ProfileValidator.Validate(Definition.Questions, profile, visible);
        if (selfAssessment)
        {
            problems = [.. problems.Where(problem => !(problem.Kind == ValidationProblemKind.MissingRequiredAnswer
                && Definition.Questions.Find(problem.QuestionId!) is { SelfAssessment: false }))];
        }

        if (problems.Count > 0)
        {
            return EstimateOutcome.Invalid(problems);
        }

        var answers = ScenarioAnswers.Of(Definition.Questions, visible);
        // The estimate and its living-situation what-ifs share the same answers but the setting, so they share area results.
        var memo = new AreaMemo();
        var calculation = new Calculation(Definition, profile.AssessmentDate, answers, tracing: true, memo);
        var main = ScenarioCalculator.Run(calculation);
        if (calculation.Missing.Count > 0)
        {
            return EstimateOutcome.Invalid([.. calculation.Missing]);
        }

        if (main.NotEstimatedReason is not null)
        {
            return EstimateOutcome.Invalid([new ValidationProblem
            {
                Kind = ValidationProblemKind.NotEstimatedByPolicy,
                QuestionId = "person.living_situation",
                Message = main.NotEstimatedReason,
            }]);
        }

        return EstimateOutcome.Valid(new EstimateResult
        {
            AssessmentDate = profile.AssessmentDate,
            Versions = _stamp,
            WeeklyEstimate = main.Total,
            AllocationSummary = main.Lines,
            Adjustments = main.Adjustments,
            PanelReferral = main.PanelReferral,
            TotalWeeklyHours = main.TotalWeeklyHours,
            QualityStatements = QaRuleCatalogue.Check(new QaContext(profile.Answers, main.Adjustments, main.Total, main.PanelReferral)),
            WhatIfs = WhatIfScenarios.Run(Definition, profile.AssessmentDate, answers, main, memo),
            Chc = ChcPredictor.Predict(Definition.Questions, visible, profile.Answers),
            Trace = main.Trace!,
        });
    }
}
