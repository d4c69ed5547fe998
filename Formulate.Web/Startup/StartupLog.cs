namespace Formulate.Web.Startup;

internal static partial class StartupLog
{
    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning,
        Message = "The database cannot be reached (try {Attempt}: {Reason}). Trying again in {DelaySeconds} seconds; until then Formulate answers 503 and /health/ready is unhealthy")]
    public static partial void DatabaseUnavailable(ILogger logger, int attempt, string reason, double delaySeconds);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "The database is ready after {Attempts} tries; Formulate is taking requests")]
    public static partial void DatabaseAvailable(ILogger logger, int attempts);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Critical, Message = "Formulate cannot use the database and is stopping")]
    public static partial void DatabaseRefused(ILogger logger, Exception exception);
}
