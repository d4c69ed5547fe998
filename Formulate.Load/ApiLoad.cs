using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace Formulate.Load;

/// <summary>
/// POSTs a complete Needs Profile to /api/v1/estimates at a fixed rate (open loop: a slow answer
/// never delays the next request), and measures each latency from the moment the request was
/// due, so that queueing in the client counts against the server rather than hiding it.
/// </summary>
internal sealed class ApiLoad(LoadOptions options)
{
    private const int MaxInFlight = 512;

    public async Task<bool> RunAsync()
    {
        var body = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "needs-profile.json"));
        using var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10), MaxConnectionsPerServer = 128 };
        using var client = new HttpClient(handler) { BaseAddress = options.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("X-Api-Key", options.ApiKey);

        Console.WriteLine($"API: warming up for {options.WarmUpSeconds} s at {options.EstimatesPerSecond} estimates/s");
        await RunPhaseAsync(client, body, options.WarmUpSeconds, new Latencies(), new ErrorCount());

        var latencies = new Latencies();
        var errors = new ErrorCount();
        Console.WriteLine($"API: measuring for {options.DurationSeconds} s at {options.EstimatesPerSecond} estimates/s");
        var elapsed = await RunPhaseAsync(client, body, options.DurationSeconds, latencies, errors);

        var rate = latencies.Count / elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"API estimates: {latencies.Count} in {elapsed.TotalSeconds:0.0} s = {rate:0.0}/s; {latencies.Summary()}; errors={errors.Value} {errors.Describe()}"));
        return errors.Value == 0;
    }

    private async Task<TimeSpan> RunPhaseAsync(HttpClient client, string body, int seconds, Latencies latencies, ErrorCount errors)
    {
        var total = options.EstimatesPerSecond * seconds;
        var interval = TimeSpan.FromSeconds(1.0 / options.EstimatesPerSecond);
        using var inFlight = new SemaphoreSlim(MaxInFlight);
        var requests = new List<Task>(total);
        var clock = Stopwatch.StartNew();
        for (var sent = 0; sent < total;)
        {
            var due = interval * sent;
            var now = clock.Elapsed;
            if (due > now)
            {
                await Task.Delay(due - now < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : due - now);
                continue;
            }

            await inFlight.WaitAsync();
            requests.Add(SendAsync(client, body, due, clock, latencies, errors, inFlight));
            sent++;
        }

        await Task.WhenAll(requests);
        return clock.Elapsed;
    }

    private static async Task SendAsync(
        HttpClient client, string body, TimeSpan due, Stopwatch clock, Latencies latencies, ErrorCount errors, SemaphoreSlim inFlight)
    {
        try
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await client.PostAsync("/api/v1/estimates", content);
            await response.Content.CopyToAsync(Stream.Null);
            latencies.Add((clock.Elapsed - due).TotalMilliseconds);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                errors.Add($"HTTP {(int)response.StatusCode}");
            }
        }
        catch (HttpRequestException exception)
        {
            errors.Add(exception.Message);
        }
        catch (TaskCanceledException)
        {
            errors.Add("timed out");
        }
        finally
        {
            inFlight.Release();
        }
    }
}
