using System.Text.Json;
using Formulate.Data.Entities;

namespace Formulate.Data.Profiles;

/// <summary>Reads and writes <see cref="NeedsProfile.CarriedForwardJson"/>: the question ids whose answers are still carried forward.</summary>
public static class CarriedForwardAnswers
{
    public static IReadOnlySet<string> Of(NeedsProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return JsonSerializer.Deserialize<string[]>(profile.CarriedForwardJson)?.ToHashSet(StringComparer.Ordinal) ?? [];
    }

    /// <summary>In id order, so that the same set is always stored as the same text.</summary>
    public static string ToJson(IEnumerable<string> questionIds) =>
        JsonSerializer.Serialize(questionIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());
}
