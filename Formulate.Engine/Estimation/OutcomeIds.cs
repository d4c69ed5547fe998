using Formulate.Engine.Rules;

namespace Formulate.Engine.Estimation;

/// <summary>The question ids and parameter prefixes of one Care Act outcome, built once rather than on every read.</summary>
/// <param name="Remaining">The rule for what is left of the outcome's need once it is met in other ways.</param>
internal sealed record OutcomeIds(string Id, RuleEntry Remaining)
{
    public string Need { get; } = $"{Id}.need";

    public string MetByStrengths { get; } = $"{Id}.met_by_strengths";

    public string MetByCommunity { get; } = $"{Id}.met_by_community";

    public string Unpaid { get; } = $"{Id}.unpaid";

    public string UnpaidSustainable { get; } = $"{Id}.unpaid_sustainable";

    /// <summary>Prefix of the hours-a-week parameters, e.g. "home_environment.hours".</summary>
    public string HoursPrefix { get; } = $"{Id}.hours";
}
