using Formulate.Engine.Estimation;

namespace Formulate.Engine.Quality;

/// <summary>What QA rules look at: the answers and the estimate they produced.</summary>
public sealed class QaContext(IReadOnlyDictionary<string, string> answers, IReadOnlyList<BudgetAdjustment> adjustments, decimal estimate)
{
    public decimal Estimate => estimate;

    public IReadOnlyList<BudgetAdjustment> Adjustments => adjustments;

    public string? this[string questionId] => answers.TryGetValue(questionId, out var code) ? code : null;

    public bool Is(string questionId, params string[] codes) => this[questionId] is { } code && codes.Contains(code);

    public bool HasNeed(string outcome) => this[$"{outcome}.need"] is { } level && level != "none";
}
