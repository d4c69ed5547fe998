using System.Data.Common;

namespace Formulate.Tests.Data.Infrastructure;

internal static class SchemaLines
{
    /// <summary>EF's own bookkeeping tables differ between creating a schema and migrating to it, by design.</summary>
    public static async Task<IReadOnlyList<string>> ReadAsync(DbCommand command)
    {
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var line = reader.GetString(0);
            if (!line.Contains("__EF", StringComparison.Ordinal))
            {
                lines.Add(line);
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
