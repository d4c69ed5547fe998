using System.Globalization;

namespace Formulate.Load;

/// <summary>The server's resident memory, read from Linux's /proc.</summary>
internal static class ServerMemory
{
    public static long? ResidentBytes(int? processId)
    {
        if (processId is not { } pid || !File.Exists($"/proc/{pid}/status"))
        {
            return null;
        }

        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kilobytes is null ? null : long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
    }
}
