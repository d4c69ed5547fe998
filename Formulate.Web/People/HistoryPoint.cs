namespace Formulate.Web.People;

/// <summary>One point on a person's budget history: an estimate when it was calculated, or an agreed budget from its start.</summary>
public sealed record HistoryPoint(DateOnly Date, decimal Weekly, bool IsAgreed);
