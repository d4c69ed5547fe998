namespace Formulate.Web.Startup;

internal static partial class StartupLog
{
    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning,
        Message = "The database cannot be reached (try {Attempt}: {Reason}). Trying again in {DelaySeconds} seconds; until then Formulate answers 503 and /health/ready is unhealthy")]
    public static partial void DatabaseUnavailable(ILogger logger, int attempt, string reason, double delaySeconds);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "The database is ready after {Attempts} tries; Formulate is taking requests")]
    public static partial void DatabaseAvailable(ILogger logger, int attempts);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Critical, Message = "Formulate cannot start: {Reason}")]
    private static partial void CannotStart(ILogger logger, string reason, Exception? exception);

    /// <summary>One line saying what is wrong and how to put it right; the whole exception only when nobody foresaw the fault.</summary>
    public static void CannotStart(ILogger logger, CannotStartException fault) => CannotStart(logger, fault.Message, fault.Unexpected);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Warning,
        Message = "Formulate runs from a build whose framework files it cannot read ({Reason}), so its pages will not work. Publish it (dotnet publish Formulate.Web -c Release -o <folder>) and run the published folder")]
    public static partial void BuildAssetsUnreadable(ILogger logger, string reason);
}
