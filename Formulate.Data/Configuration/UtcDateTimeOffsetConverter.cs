using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Formulate.Data.Configuration;

/// <summary>
/// Stores instants as UTC <see cref="DateTime"/>: SQLite cannot order or compare a
/// DateTimeOffset, and PostgreSQL's timestamptz accepts only UTC. Truncated to whole
/// microseconds, PostgreSQL's precision, so that both providers give back the same value.
/// </summary>
public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTime>(
    value => ToStored(value),
    stored => FromStored(stored))
{
    public static DateTime ToStored(DateTimeOffset value)
    {
        var ticks = value.UtcTicks;
        return new DateTime(ticks - (ticks % TimeSpan.TicksPerMicrosecond), DateTimeKind.Utc);
    }

    public static DateTimeOffset FromStored(DateTime stored) =>
        new(DateTime.SpecifyKind(stored, DateTimeKind.Utc));
}
