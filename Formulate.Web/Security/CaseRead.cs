namespace Formulate.Web.Security;

/// <summary>What a case service found, or why it gives nothing: the value is only ever there when access was allowed.</summary>
public sealed record CaseRead<T>
    where T : class
{
    private CaseRead(CaseAccessDecision decision, T? value)
    {
        Decision = decision;
        Value = value;
    }

    public CaseAccessDecision Decision { get; }

    public T? Value { get; }

    public bool IsAllowed => Decision == CaseAccessDecision.Allowed;

    public static CaseRead<T> Allowed(T value) => new(CaseAccessDecision.Allowed, value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>Nothing, for the reason given; an allowed read that found nothing is <see cref="CaseAccessDecision.NotFound"/>.</summary>
    public static CaseRead<T> Refused(CaseAccessDecision decision) =>
        decision == CaseAccessDecision.Allowed
            ? throw new ArgumentException("A refusal needs a reason other than Allowed.", nameof(decision))
            : new(decision, null);
}
