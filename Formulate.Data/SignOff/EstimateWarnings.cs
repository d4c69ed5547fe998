using System.Text.Json;
using System.Text.Json.Nodes;
using Formulate.Engine.Json;
using Formulate.Engine.Quality;

namespace Formulate.Data.SignOff;

/// <summary>The quality-assurance warnings kept in an estimate snapshot's result, in the order the engine gave them.</summary>
public static class EstimateWarnings
{
    /// <summary>
    /// Reads only the warnings, so that a result whose other parts this version cannot read still gives them; none
    /// when the result has no readable warnings.
    /// </summary>
    public static IReadOnlyList<QaStatement> Read(string resultJson) => Read(StoredResult.Parse(resultJson));

    public static IReadOnlyList<QaStatement> Read(JsonNode? result)
    {
        try
        {
            return result?["qualityStatements"] is JsonArray statements
                ? [.. statements.Select(s => s.Deserialize<QaStatement>(FormulateJson.Options)!)]
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
