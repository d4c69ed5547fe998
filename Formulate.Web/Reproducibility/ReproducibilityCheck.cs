using Formulate.Analysis.Text;
using Formulate.Data.Entities;
using Formulate.Engine.Estimation;
using Formulate.Engine.Json;

namespace Formulate.Web.Reproducibility;

/// <summary>
/// Re-runs a stored estimate's inputs with the versions it names and compares the serialised
/// result and trace with what was stored, character for character.
/// </summary>
public sealed class ReproducibilityCheck(EngineRegistry registry)
{
    public ReproducibilityOutcome Run(EstimateSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var stamp = new VersionStamp
        {
            QuestionSet = snapshot.QuestionSetVersion,
            Model = snapshot.ModelVersion,
            Configuration = snapshot.ConfigurationVersion,
        };
        var lookup = registry.Find(stamp);
        if (lookup.Engine is not { } engine)
        {
            return new(ReproducibilityVerdict.VersionUnavailable, lookup.Problem!);
        }

        var input = Profiles.EstimateSnapshots.ReadInput(snapshot);
        if (input is null)
        {
            return new(ReproducibilityVerdict.Different, "The stored inputs cannot be read by this version of Formulate.");
        }

        var outcome = engine.Estimate(input);
        if (outcome.Result is not { } result)
        {
            return new(ReproducibilityVerdict.Different, "Re-running the stored inputs no longer gives an estimate.");
        }

        var sameTrace = FormulateJson.Serialize(result.Trace) == snapshot.TraceJson;
        if (sameTrace && FormulateJson.Serialize(result) == snapshot.ResultJson)
        {
            return new(ReproducibilityVerdict.Identical,
                $"Reproduced: re-running the stored answers with question set {stamp.QuestionSet}, model {stamp.Model} and configuration {stamp.Configuration} gives the identical result and working.");
        }

        // The checks beside the money are compared apart from it, so that a corrected check never hides a reproduced budget.
        if (sameTrace && Profiles.EstimateSnapshots.ReadResult(snapshot) is { } stored
            && FormulateJson.Serialize(result with { QualityStatements = stored.QualityStatements, Chc = stored.Chc }) == snapshot.ResultJson)
        {
            return new(ReproducibilityVerdict.BudgetReproducedChecksChanged,
                $"Budget reproduced: re-running the stored answers with question set {stamp.QuestionSet}, model {stamp.Model} and configuration {stamp.Configuration} gives the identical {Pounds.Format(result.WeeklyEstimate)} a week, allocation and working. "
                + "The quality checks or the CHC Checklist prediction differ from those stored, because their rules have been corrected since; the stored ones are what was shown when the estimate was made.");
        }

        return new(ReproducibilityVerdict.Different,
            $"Not reproduced: re-running the stored answers with the same versions gives {Pounds.Format(result.WeeklyEstimate)} a week and a different result or working from the one stored.");
    }
}
