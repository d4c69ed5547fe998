namespace Formulate.Web.Logging;

/// <summary>The log scope of one request: a structured <c>CorrelationId</c> value, and readable text for plain-text logs.</summary>
internal sealed class CorrelationScope(string id) : IReadOnlyList<KeyValuePair<string, object>>
{
    public int Count => 1;

    public KeyValuePair<string, object> this[int index] =>
        index == 0 ? new(CorrelationId.LogScopeKey, id) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator()
    {
        yield return this[0];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"{CorrelationId.LogScopeKey}:{id}";
}
