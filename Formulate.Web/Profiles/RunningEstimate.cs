using Formulate.Analysis.Text;
using Formulate.Engine;
using Formulate.Engine.Estimation;
using Formulate.Engine.Profiles;

namespace Formulate.Web.Profiles;

/// <summary>
/// What the estimate panel shows while a profile is being completed: how many questions are left,
/// or, once none are, the engine's estimate or the problems that stop one. Never a silent £0.
/// </summary>
public sealed record RunningEstimate
{
    public required int QuestionsLeft { get; init; }

    public EstimateOutcome? Outcome { get; init; }

    public decimal? WeeklyEstimate => Outcome?.Result?.WeeklyEstimate;

    /// <summary>The panel in one sentence, for what a screen reader hears after an answer is saved.</summary>
    public string Summary => QuestionsLeft > 0
        ? $"{QuestionsLeftText(QuestionsLeft)}."
        : WeeklyEstimate is { } weekly
            ? $"Estimated personal budget: {Pounds.Format(weekly)} a week."
            : $"The estimate cannot be calculated yet: {string.Join(" ", (Outcome?.Problems ?? []).Select(problem => problem.Message))}";

    public static string QuestionsLeftText(int count) =>
        count == 1 ? "1 question left to answer" : $"{count} questions left to answer";

    public static RunningEstimate For(FormulateEngine engine, EngineProfile profile)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(profile);
        var left = new ProfileProgress(engine.Definition.Questions, profile.Answers).QuestionsLeft;
        return left > 0
            ? new RunningEstimate { QuestionsLeft = left }
            : new RunningEstimate { QuestionsLeft = 0, Outcome = engine.Estimate(profile.ToEngine()) };
    }
}
