using Formulate.Data;
using Formulate.Data.Protection;
using Formulate.Data.Resilience;
using Formulate.Data.Schema;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Formulate.Web.Health;

/// <summary>
/// Ready only when the data can be read as pages read it: the database answers, its file is whole
/// (SQLite's quick check), and the person added last decrypts with this server's keys, through the
/// same context and converters as the pages. The file and key checks are remembered for
/// <see cref="Remembered"/>, so a probe every few seconds stays cheap; the connection is tried every time.
/// </summary>
internal sealed class DatabaseHealthCheck(
    IDbContextFactory<FormulateDbContext> contextFactory,
    TimeProvider timeProvider,
    ILogger<DatabaseHealthCheck> logger) : IHealthCheck
{
    public const string Damaged = "the database file is damaged; restore it from its latest backup";
    public const string Undecryptable = "names and addresses in the database cannot be decrypted with this server's keys; restore its key directory";
    public static readonly TimeSpan Remembered = TimeSpan.FromSeconds(10);

    private volatile Checked? _last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var database = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (!await database.Database.CanConnectAsync(cancellationToken).ConfigureAwait(false))
        {
            return HealthCheckResult.Unhealthy("Cannot reach the database");
        }

        var now = timeProvider.GetUtcNow();
        if (_last is { } last && now - last.At < Remembered && now >= last.At)
        {
            return last.Result;
        }

        var result = await CheckDataAsync(database, cancellationToken).ConfigureAwait(false);
        _last = new Checked(now, result);
        return result;
    }

    private async Task<HealthCheckResult> CheckDataAsync(FormulateDbContext database, CancellationToken cancellationToken)
    {
        try
        {
            if (await DatabaseIntegrity.FindDamageAsync(database, cancellationToken).ConfigureAwait(false) is { } damage)
            {
                return Unhealthy(Damaged, damage);
            }

            await PersonalDataKeyCheck.EnsureReadableAsync(database, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy();
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode is SqliteResultCodes.Corrupt or SqliteResultCodes.NotADatabase)
        {
            return Unhealthy(Damaged, exception.Message);
        }
        catch (PersonalDataUnreadableException exception)
        {
            return Unhealthy(Undecryptable, exception.Message);
        }
    }

    /// <summary>The reason the probe shows says what to do, without paths or key ids; the log has the detail.</summary>
    private HealthCheckResult Unhealthy(string problem, string detail)
    {
        HealthLog.DataUnusable(logger, problem, detail);
        return HealthCheckResult.Unhealthy(problem);
    }

    private sealed record Checked(DateTimeOffset At, HealthCheckResult Result);
}
