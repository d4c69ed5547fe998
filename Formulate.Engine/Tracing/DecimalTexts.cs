using Formulate.Engine.Text;

namespace Formulate.Engine.Tracing;

/// <summary>
/// The text of decimals as a trace's working shows them, in <see cref="UkFormat.Culture"/>. Traces show the same factors, rates and
/// minutes over and over, so the text of each recent value and format is kept. The key is the decimal's exact bits,
/// scale and sign included, with the format string instance, so a kept text is always the text formatting would give.
/// </summary>
/// <remarks>A fixed table of immutable entries: it never grows, and concurrent estimates may share it safely.</remarks>
internal static class DecimalTexts
{
    private const int SizeBits = 10;
    private static readonly Entry?[] Slots = new Entry?[1 << SizeBits];

    public static string Format(decimal value, string? format)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var slot = Slot(bits, format);
        var entry = Volatile.Read(ref Slots[slot]);
        if (entry is not null && ReferenceEquals(entry.Format, format) &&
            entry.Low == bits[0] && entry.Middle == bits[1] && entry.High == bits[2] && entry.Flags == bits[3])
        {
            return entry.Text;
        }

        var text = value.ToString(format, UkFormat.Culture);
        Volatile.Write(ref Slots[slot], new Entry(bits[0], bits[1], bits[2], bits[3], format, text));
        return text;
    }

    private static int Slot(ReadOnlySpan<int> bits, string? format)
    {
        var hash = (uint)bits[0];
        hash = (hash * 31) + (uint)bits[1];
        hash = (hash * 31) + (uint)bits[2];
        hash = (hash * 31) + (uint)bits[3];
        hash = (hash * 31) + (uint)(format is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(format));
        // Fibonacci hashing spreads similar values over the whole table.
        return (int)((hash * 2654435769u) >> (32 - SizeBits));
    }

    private sealed record Entry(int Low, int Middle, int High, int Flags, string? Format, string Text);
}
