using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Text;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace Formulate.Load;

/// <summary>
/// Every pause of the server's garbage collector while the practitioners answer (from the runtime's own
/// events, read through its diagnostics port, as dotnet-trace does): when the runtime suspended the app,
/// for how long, and the generation collected. Nothing in the app changes for this.
/// </summary>
internal sealed class ServerGcPauses : IAsyncDisposable
{
    private readonly EventPipeSession _session;
    private readonly Task _reading;
    private readonly ConcurrentQueue<(double StartUnixMilliseconds, double Milliseconds, int Generation)> _pauses = new();

    private ServerGcPauses(EventPipeSession session)
    {
        _session = session;
        _reading = Task.Run(Read);
    }

    public int Count => _pauses.Count;

    public double TotalMilliseconds => _pauses.Sum(pause => pause.Milliseconds);

    public double LongestMilliseconds => _pauses.IsEmpty ? 0 : _pauses.Max(pause => pause.Milliseconds);

    /// <summary>Starts listening, or returns null (and says why) when the server's diagnostics port cannot be reached.</summary>
    public static ServerGcPauses? Start(int? processId)
    {
        if (processId is not { } pid)
        {
            return null;
        }

        try
        {
            var provider = new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, (long)ClrTraceEventParser.Keywords.GC);
            return new ServerGcPauses(new DiagnosticsClient(pid).StartEventPipeSession(provider, requestRundown: false));
        }
        catch (Exception exception) when (exception is ServerNotAvailableException or UnsupportedCommandException or TimeoutException)
        {
            Console.WriteLine($"Server garbage collections not recorded: {exception.Message}");
            return null;
        }
    }

    public async Task WriteAsync(string directory, RunTimeline timeline)
    {
        await StopAsync();
        var csv = new StringBuilder("start_ms,pause_ms,generation\n");
        foreach (var (start, milliseconds, generation) in _pauses.OrderBy(pause => pause.StartUnixMilliseconds))
        {
            csv.Append(CultureInfo.InvariantCulture, $"{timeline.Since(start):0.0},{milliseconds:0.00},{generation}\n");
        }

        await File.WriteAllTextAsync(Path.Combine(directory, "gc.csv"), csv.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _session.Dispose();
    }

    private async Task StopAsync()
    {
        if (!_reading.IsCompleted)
        {
            try
            {
                await _session.StopAsync(CancellationToken.None);
            }
            catch (ServerNotAvailableException)
            {
                // The server has gone: the stream has ended anyway.
            }

            await _reading;
        }
    }

    private void Read()
    {
        using var source = new EventPipeEventSource(_session.EventStream);
        DateTime? suspended = null;
        var generation = -1;
        source.Clr.GCSuspendEEStart += data => suspended = data.TimeStamp;
        source.Clr.GCStart += data => generation = data.Depth;
        source.Clr.GCRestartEEStop += data =>
        {
            if (suspended is { } start)
            {
                var unix = (start.ToUniversalTime() - DateTime.UnixEpoch).TotalMilliseconds;
                _pauses.Enqueue((unix, (data.TimeStamp - start).TotalMilliseconds, generation));
                suspended = null;
            }
        };
        source.Process();
    }
}
