using Formulate.Data.Estimates;
using Formulate.Engine.Estimation;
using Formulate.Engine.Json;
using Formulate.Engine.Profiles;

namespace Formulate.Web.Profiles;

/// <summary>Turns an engine result into what is kept for ever: the inputs, the versions, the outputs and the trace.</summary>
public static class EstimateSnapshots
{
    public static NewEstimateSnapshot From(NeedsProfile input, EstimateResult result)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(result);
        return new NewEstimateSnapshot
        {
            QuestionSetVersion = result.Versions.QuestionSet,
            ModelVersion = result.Versions.Model,
            ConfigurationVersion = result.Versions.Configuration,
            WeeklyEstimate = result.WeeklyEstimate,
            InputJson = FormulateJson.Serialize(input),
            ResultJson = FormulateJson.Serialize(result),
            TraceJson = FormulateJson.Serialize(result.Trace),
        };
    }

    /// <summary>The result kept in a snapshot, read back; null if it cannot be read with this version of the engine.</summary>
    public static EstimateResult? ReadResult(Data.Entities.EstimateSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        try
        {
            return FormulateJson.Deserialize<EstimateResult>(snapshot.ResultJson);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>The Needs Profile kept in a snapshot, read back; null if it cannot be read with this version of the engine.</summary>
    public static NeedsProfile? ReadInput(Data.Entities.EstimateSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        try
        {
            return FormulateJson.Deserialize<NeedsProfile>(snapshot.InputJson);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
