namespace Formulate.Engine.Estimation;

/// <summary>
/// How much of an outcome's need is left for paid support once the person's strengths, community resources
/// and unpaid support are counted. Unpaid support counts in full only when it is sustainable.
/// </summary>
internal static class OutcomeShare
{
    public static (decimal WithUnpaid, decimal WithoutUnpaid) Remaining(StepRecorder parent, string outcome, string label)
    {
        var step = parent.Calculation.Step($"{outcome}.remaining", $"What is left of the need to {label}");
        var strengths = Deduction(step, $"{outcome}.met_by_strengths", "deduction.strengths");
        var community = Deduction(step, $"{outcome}.met_by_community", "deduction.community");
        var unpaid = Deduction(step, $"{outcome}.unpaid", "deduction.unpaid");
        var sustained = unpaid > 0m ? Sustainability(step, $"{outcome}.unpaid_sustainable") : 0m;

        var withoutUnpaid = (1m - strengths) * (1m - community);
        var withUnpaid = withoutUnpaid * (1m - (unpaid * sustained));
        step.Explain($"(1 − {strengths}) × (1 − {community}) × (1 − {unpaid} × {sustained}) = {withUnpaid:0.####} of the need remains");
        parent.Add(step.Finish(withUnpaid, "share"));
        return (withUnpaid, withoutUnpaid);
    }

    public static decimal Deduction(StepRecorder step, string questionId, string parameterPrefix)
    {
        var level = step.Answer(questionId);
        return level is null or "none" ? 0m : Math.Min(1m, step.Model($"{parameterPrefix}.{level}"));
    }

    public static decimal Sustainability(StepRecorder step, string questionId)
    {
        var answer = step.Answer(questionId) ?? "no";
        return Math.Min(1m, step.Model($"deduction.sustainability.{answer}"));
    }
}
