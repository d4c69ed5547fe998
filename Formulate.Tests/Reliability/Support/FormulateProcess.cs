using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Formulate.Tests.Web.Components.Support;

namespace Formulate.Tests.Reliability.Support;

/// <summary>
/// Formulate as an operator runs it: <c>dotnet Formulate.Web.dll</c> in a process of its own, from
/// the web project's build output (or a published folder), with Production settings and the
/// test's settings as environment variables, writing its JSON log to the console.
/// </summary>
internal sealed class FormulateProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private FormulateProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    /// <summary>The web project's build output for the configuration these tests were built in.</summary>
    public static string BuildOutput
    {
        get
        {
            var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var directory = RepoRoot.Combine("Formulate.Web", "bin", testOutput.Parent!.Name, testOutput.Name);
            return File.Exists(Path.Combine(directory, "Formulate.Web.dll"))
                ? directory
                : throw new InvalidOperationException($"{directory} has no Formulate.Web.dll: build the solution first (dotnet build Formulate.sln -c Release).");
        }
    }

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}");

    /// <summary>Everything written to the console so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The message of each log entry at the given level, read from the JSON console log.</summary>
    public IReadOnlyList<string> Messages(string logLevel) =>
        [.. Output.Split('\n')
            .Where(line => line.StartsWith('{'))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(entry => entry.GetProperty("LogLevel").GetString() == logLevel)
            .Select(entry => entry.GetProperty("Message").GetString() ?? "")];

    /// <param name="settings">Settings by their configuration names (<c>Formulate:Data:Provider</c>).</param>
    /// <param name="unprivileged">
    /// Run as an account that only the permissions of the files let in: as root, as nobody (root may
    /// read and write anything, whatever the permissions say).
    /// </param>
    /// <param name="appDirectory">A published folder; the build output when null.</param>
    /// <param name="contentRoot">
    /// Where Formulate looks for appsettings.json and wwwroot: the app's folder when null, the
    /// project's folder as <c>dotnet run</c> has it.
    /// </param>
    public static FormulateProcess Start(
        IReadOnlyDictionary<string, string> settings, bool unprivileged = false, string? appDirectory = null, string? contentRoot = null)
    {
        appDirectory ??= BuildOutput;
        var port = LoopbackPort.Free();
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var asNobody = unprivileged && Environment.IsPrivilegedProcess;
        var startInfo = new ProcessStartInfo(asNobody ? "runuser" : dotnet)
        {
            WorkingDirectory = contentRoot ?? appDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asNobody)
        {
            foreach (var argument in new[] { "-u", "nobody", "--", dotnet })
            {
                startInfo.ArgumentList.Add(argument);
            }
        }

        startInfo.ArgumentList.Add(Path.Combine(appDirectory, "Formulate.Web.dll"));
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        startInfo.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        foreach (var (name, value) in settings)
        {
            startInfo.Environment[name.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = new Process { StartInfo = startInfo };
        var started = new FormulateProcess(process, port);
        process.OutputDataReceived += (_, line) => started.Append(line.Data);
        process.ErrorDataReceived += (_, line) => started.Append(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    /// <summary>Waits for Formulate to stop by itself and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"Formulate was still running after {timeout}. Its output:\n{Output}");
        }

        return _process.ExitCode;
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200.</summary>
    public async Task WaitUntilReadyAsync(HttpClient client, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Formulate stopped with exit code {_process.ExitCode}. Its output:\n{Output}");
            }

            try
            {
                if ((await client.GetAsync(new Uri(Address, "/health/ready"))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (waited.Elapsed > timeout)
            {
                throw new TimeoutException($"Formulate was not ready after {timeout}. Its output:\n{Output}");
            }

            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Append(line).Append('\n');
        }
    }
}
