using System.Globalization;
using System.Text;

namespace Formulate.Load;

/// <summary>
/// CPU used by each kind of process on the machine (Formulate, Chromium's page renderers, its other
/// processes, Playwright's driver, this load tool, PostgreSQL, anything else), sampled from Linux's /proc
/// once a second while the practitioners answer, in per cent of one core.
/// </summary>
internal sealed class ProcessCpu : IAsyncDisposable
{
    private const double TicksPerSecond = 100;
    private static readonly string[] Kinds = ["formulate", "renderers", "chromium_other", "playwright_driver", "load_tool", "postgres", "other"];

    private readonly int? _serverProcessId;
    private readonly RunTimeline _timeline;
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<int, string> _kindOf = [];
    private readonly StringBuilder _csv = new("start_ms," + string.Join(',', Kinds) + ",busiest_renderer\n");
    private readonly Task _sampling;

    public ProcessCpu(int? serverProcessId, RunTimeline timeline)
    {
        _serverProcessId = serverProcessId;
        _timeline = timeline;
        _sampling = Task.Run(SampleAsync);
    }

    public async Task WriteAsync(string directory)
    {
        await StopAsync();
        await File.WriteAllTextAsync(Path.Combine(directory, "cpu.csv"), _csv.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }

    private async Task StopAsync()
    {
        if (!_sampling.IsCompleted)
        {
            await _stop.CancelAsync();
            await _sampling;
        }
    }

    private async Task SampleAsync()
    {
        var previous = ReadTicks();
        var previousAt = RunTimeline.Now;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                var current = ReadTicks();
                var now = RunTimeline.Now;
                var seconds = (now - previousAt) / 1000;
                var byKind = Kinds.ToDictionary(kind => kind, _ => 0.0);
                var busiestRenderer = 0.0;
                foreach (var (pid, ticks) in current)
                {
                    var used = ticks - previous.GetValueOrDefault(pid, ticks);
                    var percent = used / TicksPerSecond / seconds * 100;
                    var kind = KindOf(pid);
                    byKind[kind] += percent;
                    if (kind == "renderers")
                    {
                        busiestRenderer = Math.Max(busiestRenderer, percent);
                    }
                }

                _csv.Append(CultureInfo.InvariantCulture, $"{_timeline.Since(previousAt):0}");
                foreach (var kind in Kinds)
                {
                    _csv.Append(CultureInfo.InvariantCulture, $",{byKind[kind]:0}");
                }

                _csv.Append(CultureInfo.InvariantCulture, $",{busiestRenderer:0}\n");
                previous = current;
                previousAt = now;
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped at the end of the run.
        }
    }

    /// <summary>Each running process's CPU time so far (user and system), in clock ticks, by process id.</summary>
    internal static Dictionary<int, long> ReadTicks()
    {
        var ticks = new Dictionary<int, long>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks[pid] = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The process ended between listing and reading.
            }
        }

        return ticks;
    }

    private string KindOf(int pid)
    {
        if (_kindOf.TryGetValue(pid, out var known))
        {
            return known;
        }

        string commandLine;
        try
        {
            commandLine = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            commandLine = "";
        }

        var kind = pid == _serverProcessId || commandLine.Contains("Formulate.Web.dll", StringComparison.Ordinal) ? "formulate"
            : pid == Environment.ProcessId ? "load_tool"
            : commandLine.Contains("chromium", StringComparison.Ordinal) && commandLine.Contains("--type=renderer", StringComparison.Ordinal) ? "renderers"
            : commandLine.Contains("chromium", StringComparison.Ordinal) ? "chromium_other"
            : commandLine.Contains("playwright", StringComparison.OrdinalIgnoreCase) ? "playwright_driver"
            : commandLine.StartsWith("postgres", StringComparison.Ordinal) || commandLine.Contains("/postgresql/", StringComparison.Ordinal) ? "postgres"
            : "other";
        _kindOf[pid] = kind;
        return kind;
    }
}
