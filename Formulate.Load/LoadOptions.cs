using System.Globalization;

namespace Formulate.Load;

/// <summary>What to run and how hard, from <c>--name value</c> arguments.</summary>
internal sealed record LoadOptions
{
    public required Uri BaseAddress { get; init; }
    public required string ApiKey { get; init; }
    public required string ConnectionString { get; init; }
    public int? ServerProcessId { get; init; }
    public string Scenario { get; init; } = "all";
    public int EstimatesPerSecond { get; init; } = 500;
    public int DurationSeconds { get; init; } = 60;
    public int WarmUpSeconds { get; init; } = 10;
    public int Practitioners { get; init; } = 50;
    public int AnswersEach { get; init; } = 30;

    /// <summary>The average pause before each answer: a practitioner reads the question and talks with the person.</summary>
    public double ThinkSeconds { get; init; } = 5;
    /// <summary>
    /// Chromium's headless shell (Debian's chromium-headless-shell, the same version as chromium), which Playwright
    /// itself uses for headless pages: the same engine rendering the same pages, without the full browser's window,
    /// tab strip and address bar, which nobody sees here but which fifty windows would keep updating on the same
    /// two cores as Formulate on every navigation.
    /// </summary>
    public string ChromiumPath { get; init; } = "/usr/bin/chromium-headless-shell";

    /// <summary>Instead of the load, what one answer and one section move cost one practitioner alone (see <see cref="StepCost"/>).</summary>
    public bool StepCosts { get; init; }

    /// <summary>Where the browser scenario writes each answer's timing, section moves, CPU per process and the server's GC pauses, if anywhere.</summary>
    public string? ResultsDirectory { get; init; }

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"Expected '--name value' pairs, but found '{args[i]}'. See scripts/load.sh for the names.");
            }

            values[args[i][2..]] = args[i + 1];
        }

        string Required(string name) => values.TryGetValue(name, out var value)
            ? value
            : throw new ArgumentException($"--{name} is required. scripts/load.sh sets it.");
        int Number(string name, int fallback) => values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

        return new LoadOptions
        {
            BaseAddress = new Uri(Required("base-url")),
            ApiKey = Required("api-key"),
            ConnectionString = Required("connection-string"),
            ServerProcessId = values.TryGetValue("server-pid", out var pid) ? int.Parse(pid, CultureInfo.InvariantCulture) : null,
            Scenario = values.GetValueOrDefault("scenario", "all"),
            EstimatesPerSecond = Number("rate", 500),
            DurationSeconds = Number("duration", 60),
            WarmUpSeconds = Number("warm-up", 10),
            Practitioners = Number("practitioners", 50),
            AnswersEach = Number("answers", 30),
            ThinkSeconds = values.TryGetValue("think", out var think) ? double.Parse(think, CultureInfo.InvariantCulture) : 5,
            ChromiumPath = values.GetValueOrDefault("chromium", "/usr/bin/chromium-headless-shell"),
            StepCosts = values.GetValueOrDefault("step-costs") == "true",
            ResultsDirectory = values.GetValueOrDefault("results"),
        };
    }
}
