using Formulate.Engine.Json;

namespace Formulate.Engine.Parameters;

/// <summary>Writes a parameter set as the JSON <see cref="ParameterSetLoader"/> reads, so an edited set can be stored, exported and loaded again.</summary>
public static class ParameterSetWriter
{
    public static string ToJson(ParameterSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return FormulateJson.Serialize(set, indented: true);
    }

    /// <summary>Whether two sets hold the same content, whatever list instances they were built from.</summary>
    public static bool SameContent(ParameterSet first, ParameterSet second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return ReferenceEquals(first, second) || string.Equals(ToJson(first), ToJson(second), StringComparison.Ordinal);
    }
}
