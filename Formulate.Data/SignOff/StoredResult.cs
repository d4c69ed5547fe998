using System.Text.Json;
using System.Text.Json.Nodes;

namespace Formulate.Data.SignOff;

/// <summary>An estimate snapshot's stored result, parsed once for the parts sign-off reads from it.</summary>
public static class StoredResult
{
    /// <summary>The result's JSON, or null when this version cannot read it.</summary>
    public static JsonNode? Parse(string resultJson)
    {
        ArgumentNullException.ThrowIfNull(resultJson);
        try
        {
            return JsonNode.Parse(resultJson);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
