using Microsoft.Extensions.Logging;

namespace Formulate.Data;

internal static partial class DataLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Applying database schema versions: {Versions}")]
    public static partial void ApplyingSchemaVersions(ILogger logger, IEnumerable<string> versions);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Database schema is at version {Version}")]
    public static partial void SchemaCurrent(ILogger logger, string version);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Demo data is switched on: {Added} demo records added. Demo accounts have a published password; switch Formulate:Data:SeedDemoData off for live use")]
    public static partial void DemoDataSeeded(ILogger logger, int added);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Demo data is switched off: deactivated {Count} demo accounts left from an earlier demonstration")]
    public static partial void DemoAccountsDeactivated(ILogger logger, int count);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Protected the names and addresses of {Count} people stored before personal data was protected")]
    public static partial void PersonalDataProtected(ILogger logger, int count);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Information, Message = "Carried the database over from the hand-written schema versions to the generated migrations: {Versions}")]
    public static partial void CarriedOverLegacySchema(ILogger logger, IEnumerable<string> versions);
}
