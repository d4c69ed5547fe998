namespace Formulate.Web.Health;

internal static partial class HealthLog
{
    [LoggerMessage(EventId = 2401, Level = LogLevel.Error, Message = "Formulate is not ready: {Problem}. {Detail}")]
    public static partial void DataUnusable(ILogger logger, string problem, string detail);
}
