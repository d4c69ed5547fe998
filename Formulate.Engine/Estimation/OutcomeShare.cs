using Formulate.Engine.Rules;

namespace Formulate.Engine.Estimation;

/// <summary>
/// How much of an outcome's need is left for paid support once the person's strengths, community resources
/// and unpaid support are counted. Unpaid support counts in full only when it is sustainable.
/// </summary>
internal static class OutcomeShare
{
    private const string CarerWilling = "carer.willing";

    public static (decimal WithUnpaid, decimal WithoutUnpaid) Remaining(StepRecorder parent, OutcomeIds outcome)
    {
        var step = parent.Calculation.Step(outcome.Remaining);
        var strengths = Deduction(step, outcome.MetByStrengths, "deduction.strengths");
        var community = Deduction(step, outcome.MetByCommunity, "deduction.community");
        var unpaid = Deduction(step, outcome.Unpaid, "deduction.unpaid");
        var sustained = unpaid > 0m ? Sustainability(step, outcome.UnpaidSustainable) : 0m;

        var withoutUnpaid = (1m - strengths) * (1m - community);
        var withUnpaid = withoutUnpaid * (1m - (unpaid * sustained));
        step.Explain($"(1 − {strengths}) × (1 − {community}) × (1 − {unpaid} × {sustained}) = {withUnpaid:0.####} of the need remains");
        parent.Add(step.Finish(withUnpaid, "share"));
        return (withUnpaid, withoutUnpaid);
    }

    public static decimal Deduction(StepRecorder step, string questionId, string parameterPrefix)
    {
        // A question set that no longer asks it (2026.1 dropped the strengths questions) deducts nothing for it.
        if (!step.Calculation.Asks(questionId))
        {
            return 0m;
        }

        var level = step.Answer(questionId);
        return level is null or "none" ? 0m : Math.Min(1m, step.Model(parameterPrefix, level));
    }

    public static decimal Sustainability(StepRecorder step, string questionId)
    {
        var answer = step.Answer(questionId) ?? "no";
        var sustained = Math.Min(1m, step.Model("deduction.sustainability", answer));
        // Unpaid help counts only as far as the carer is willing to give it, where the question set asks.
        return step.Calculation.Asks(CarerWilling) && step.Answer(CarerWilling) is { } willing
            ? sustained * Math.Min(1m, step.Model("carer.willing_share", willing))
            : sustained;
    }
}
