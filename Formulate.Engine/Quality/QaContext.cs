using Formulate.Engine.Estimation;

namespace Formulate.Engine.Quality;

/// <summary>What QA rules look at: the answers and the estimate they produced.</summary>
public sealed class QaContext(
    IReadOnlyDictionary<string, string> answers, IReadOnlyList<BudgetAdjustment> adjustments, decimal estimate, PanelReferral? panelReferral = null)
{
    public PanelReferral? PanelReferral => panelReferral;

    public decimal Estimate => estimate;

    public IReadOnlyList<BudgetAdjustment> Adjustments => adjustments;

    public string? this[string questionId] => answers.TryGetValue(questionId, out var code) ? code : null;

    public bool Is(string questionId, params string[] codes) => Is(questionId, codes.AsSpan());

    /// <summary>Whether the answer is one of <paramref name="codes"/>; a span, so that rules checked on every estimate allocate nothing.</summary>
    public bool Is(string questionId, params ReadOnlySpan<string> codes) => this[questionId] is { } code && codes.Contains(code);

    public bool HasNeed(string outcome) => NeedIsRecorded($"{outcome}.need");

    /// <summary>Whether the answer to an outcome's need question records a need, given the question's id.</summary>
    internal bool NeedIsRecorded(string needQuestionId) => this[needQuestionId] is { } level && level != "none";
}
