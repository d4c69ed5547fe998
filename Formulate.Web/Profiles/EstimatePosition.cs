using Formulate.Data.Entities;

namespace Formulate.Web.Profiles;

/// <summary>Where a saved estimate stands among its Needs Profile's estimates: the first saved is 1, the latest is <see cref="Count"/>.</summary>
public sealed record EstimatePosition(int Number, int Count, EstimateSnapshot Latest)
{
    public bool IsLatest => Number == Count;

    /// <summary>The position of each estimate, by its id, among the estimates of the same Needs Profile.</summary>
    public static IReadOnlyDictionary<Guid, EstimatePosition> Of(IEnumerable<EstimateSnapshot> estimates)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        var positions = new Dictionary<Guid, EstimatePosition>();
        // Ordered in memory (SQLite cannot order by DateTimeOffset); ids are time-ordered, so they settle a tie as saving did.
        foreach (var profile in estimates.GroupBy(s => s.NeedsProfileId))
        {
            var ordered = profile.OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).ToList();
            for (var index = 0; index < ordered.Count; index++)
            {
                positions[ordered[index].Id] = new EstimatePosition(index + 1, ordered.Count, ordered[^1]);
            }
        }

        return positions;
    }

    /// <summary>"estimate 2 of 3" or "estimate 3 of 3, the latest".</summary>
    public string Text => IsLatest ? $"estimate {Number} of {Count}, the latest" : $"estimate {Number} of {Count}";
}
