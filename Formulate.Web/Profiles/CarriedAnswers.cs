namespace Formulate.Web.Profiles;

/// <summary>
/// What a reassessment takes from the person's last agreed Needs Profile: the answers still asked by today's questions, and
/// the ids of those left behind because their question no longer exists, no longer offers that answer, or is no longer asked.
/// </summary>
public sealed record CarriedAnswers(IReadOnlyDictionary<string, string> Kept, IReadOnlyList<string> Dropped)
{
    public static CarriedAnswers None { get; } = new(new Dictionary<string, string>(), []);
}
