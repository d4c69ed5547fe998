using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Formulate.Load;

/// <summary>
/// What one answer and one section move cost, for one practitioner alone on a quiet machine (three moves into
/// each section, then three of its answers, each given and taken back): CPU of the
/// page's renderer (all threads and main thread, with the main thread's script, style and layout time),
/// of Chromium's other processes and of Formulate, and the bytes Formulate sent over the page's connection.
/// </summary>
internal static class StepCost
{
    public static async Task MeasureAsync(IBrowserContext context, IPage page, int? serverProcessId,
        IReadOnlyList<(string Section, string QuestionId, string Code)> answers, Func<IPage, string, Task> move, Func<IPage, string, string, Task<double>> answer)
    {
        var session = await context.NewCDPSessionAsync(page);
        await session.SendAsync("Performance.enable");
        await session.SendAsync("Network.enable");
        long received = 0;
        session.Event("Network.webSocketFrameReceived").OnEvent += (_, frame) =>
        {
            if (frame is { } json && json.TryGetProperty("response", out var response) && response.TryGetProperty("payloadData", out var payload))
            {
                Interlocked.Add(ref received, payload.GetString()?.Length ?? 0);
            }
        };

        var sections = answers.Select(a => a.Section).Distinct().ToList();
        foreach (var section in sections)
        {
            for (var repeat = 0; repeat < 3; repeat++)
            {
                await Report($"move to {section}", session, serverProcessId, () => Interlocked.Exchange(ref received, 0), () => move(page, section));
            }

            foreach (var (_, questionId, code) in answers.Where(a => a.Section == section).Take(3))
            {
                // First the answer not chosen now (the warm-up may already have changed it), then back again.
                var chosen = await page.EvaluateAsync<string?>(
                    "name => { const box = document.querySelector(`input[type=checkbox][name=\"${name}\"]`); " +
                    "return box ? (box.checked ? 'yes' : 'no') : document.querySelector(`input[type=radio][name=\"${name}\"]:checked`)?.value ?? null; }",
                    questionId);
                var other = chosen == code ? BenchmarkAnswers.Given[questionId] : code;
                foreach (var value in new[] { other, chosen ?? BenchmarkAnswers.Given[questionId] })
                {
                    await Report($"answer {questionId}", session, serverProcessId, () => Interlocked.Exchange(ref received, 0), () => answer(page, questionId, value));
                }
            }
        }

        await session.DetachAsync();
    }

    private static async Task Report(string step, ICDPSession session, int? serverProcessId, Func<long> takeBytes, Func<Task> act)
    {
        await Task.Delay(500);
        takeBytes();
        var before = await MetricsAsync(session);
        var (browserBefore, serverBefore) = Ticks(serverProcessId);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await act();
        var wall = clock.Elapsed.TotalMilliseconds;
        await Task.Delay(300);
        var after = await MetricsAsync(session);
        var (browserAfter, serverAfter) = Ticks(serverProcessId);
        double D(string name) => (after.GetValueOrDefault(name) - before.GetValueOrDefault(name)) * 1000;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{step,-48} wall {wall,6:0} ms; renderer {D("ProcessTime"),5:0} ms (main {D("ThreadTime"),4:0}: script {D("ScriptDuration"),4:0}, style {D("RecalcStyleDuration"),3:0}, layout {D("LayoutDuration"),3:0}); " +
            $"other chromium {(browserAfter - browserBefore) * 10,4} ms; Formulate {(serverAfter - serverBefore) * 10,4} ms; received {takeBytes() / 1024.0,6:0.0} KB; nodes {after.GetValueOrDefault("Nodes")}"));
    }

    private static async Task<Dictionary<string, double>> MetricsAsync(ICDPSession session)
    {
        var response = await session.SendAsync("Performance.getMetrics");
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var metric in response!.Value.GetProperty("metrics").EnumerateArray())
        {
            metrics[metric.GetProperty("name").GetString()!] = metric.GetProperty("value").GetDouble();
        }

        return metrics;
    }

    private static (long Browser, long Server) Ticks(int? serverProcessId)
    {
        long browser = 0, server = 0;
        foreach (var (pid, ticks) in ProcessCpu.ReadTicks())
        {
            if (pid == serverProcessId)
            {
                server += ticks;
                continue;
            }

            try
            {
                var commandLine = File.ReadAllText($"/proc/{pid}/cmdline");
                if (commandLine.Contains("chromium", StringComparison.Ordinal) && !commandLine.Contains("--type=renderer", StringComparison.Ordinal))
                {
                    browser += ticks;
                }
            }
            catch (IOException)
            {
                // The process ended between listing and reading.
            }
        }

        return (browser, server);
    }
}
