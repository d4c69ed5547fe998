using System.Runtime.CompilerServices;

namespace Formulate.Engine.Caching;

/// <summary>
/// A small, fixed-size, lock-free cache keyed by object identity rather than content. The engine reads the same few
/// hundred question ids, parameter prefixes and answer codes for every estimate, and they are the same string instances
/// each time (literals, and answer codes taken from the question set), so recognising them by reference saves hashing
/// and comparing their text. Other keys simply miss; the cache never grows, and a collision only replaces a slot.
/// </summary>
/// <remarks>Entries are immutable and published whole, so concurrent estimates may share the cache safely.</remarks>
internal sealed class IdentityCache<TValue>
{
    private const int SizeBits = 10;
    private const int Size = 1 << SizeBits;
    private readonly Entry?[] _slots = new Entry?[Size];

    public bool TryGet(object first, object? second, int number, out TValue value)
    {
        var entry = Volatile.Read(ref _slots[Slot(first, second, number)]);
        if (entry is not null && ReferenceEquals(entry.First, first) && ReferenceEquals(entry.Second, second) && entry.Number == number)
        {
            value = entry.Value;
            return true;
        }

        value = default!;
        return false;
    }

    public void Add(object first, object? second, int number, TValue value) =>
        Volatile.Write(ref _slots[Slot(first, second, number)], new Entry(first, second, number, value));

    private static int Slot(object first, object? second, int number)
    {
        var hash = (uint)RuntimeHelpers.GetHashCode(first);
        hash = (hash * 31) + (uint)(second is null ? 0 : RuntimeHelpers.GetHashCode(second));
        hash = (hash * 31) + (uint)number;
        // Fibonacci hashing spreads nearby identity hashes over the whole table.
        return (int)((hash * 2654435769u) >> (32 - SizeBits));
    }

    private sealed record Entry(object First, object? Second, int Number, TValue Value);
}
