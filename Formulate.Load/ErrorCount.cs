using System.Collections.Concurrent;

namespace Formulate.Load;

/// <summary>Failed requests, counted by what went wrong.</summary>
internal sealed class ErrorCount
{
    private readonly ConcurrentDictionary<string, int> _byKind = new(StringComparer.Ordinal);

    public int Value => _byKind.Values.Sum();

    public void Add(string kind) => _byKind.AddOrUpdate(kind, 1, (_, count) => count + 1);

    public string Describe() => _byKind.IsEmpty ? "" : "(" + string.Join(", ", _byKind.Select(pair => $"{pair.Key}: {pair.Value}")) + ")";
}
