using Formulate.Data.Resilience;
using Formulate.Data.Schema;
using Formulate.Web.Configuration;
using Formulate.Web.Health;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Startup;

/// <summary>
/// Brings the database to the current schema at start-up and loads the published parameter versions. When the database cannot be reached
/// (a server still starting, a network blip), Formulate starts anyway, answers that it is not
/// ready, and keeps trying with growing waits; any other fault (such as a schema from a newer
/// release) stops it.
/// </summary>
public sealed class DatabaseStartup(
    IFormulateDatabaseInitializer initializer,
    ParameterVersions parameterVersions,
    Accounts.FirstAdministrator firstAdministrator,
    DatabaseReadiness readiness,
    IOptions<DatabaseStartupOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider timeProvider,
    ILogger<DatabaseStartup> logger)
{
    /// <summary>The later tries, when the first found the database unreachable.</summary>
    public Task Retrying { get; private set; } = Task.CompletedTask;

    /// <summary>
    /// Makes the first try. Returns once the database is ready, or once that try found it
    /// unreachable, with the later tries carrying on in the background (<see cref="Retrying"/>).
    /// </summary>
    public async Task StartAsync()
    {
        var stopping = lifetime.ApplicationStopping;
        if (!await TryAsync(attempt: 1, stopping).ConfigureAwait(false))
        {
            Retrying = Task.Run(() => KeepTryingAsync(stopping), CancellationToken.None);
        }
    }

    private async Task KeepTryingAsync(CancellationToken stopping)
    {
        try
        {
            for (var attempt = 2; !stopping.IsCancellationRequested; attempt++)
            {
                await Task.Delay(TimeSpan.FromSeconds(DelaySecondsAfter(attempt - 1)), timeProvider, stopping).ConfigureAwait(false);
                if (await TryAsync(attempt, stopping).ConfigureAwait(false))
                {
                    StartupLog.DatabaseAvailable(logger, attempt);
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down while waiting: nothing to finish.
        }
        catch (Exception exception)
        {
            StartupLog.DatabaseRefused(logger, exception);
            Environment.ExitCode = 1;
            lifetime.StopApplication();
        }
    }

    private async Task<bool> TryAsync(int attempt, CancellationToken stopping)
    {
        try
        {
            await initializer.InitializeAsync(stopping).ConfigureAwait(false);
            await firstAdministrator.EnsureAsync(stopping).ConfigureAwait(false);
            await parameterVersions.LoadPublishedAsync(stopping).ConfigureAwait(false);
            readiness.Ready();
            return true;
        }
        catch (Exception exception) when (DatabaseFailure.IsUnavailable(exception))
        {
            var reason = $"The database cannot be reached yet: {exception.GetBaseException().Message}";
            readiness.Waiting(reason);
            StartupLog.DatabaseUnavailable(logger, attempt, exception.GetBaseException().Message, DelaySecondsAfter(attempt));
            return false;
        }
    }

    /// <summary>The wait after a failed try: the first wait, doubled for each later try, up to the longest.</summary>
    private double DelaySecondsAfter(int attempt) =>
        Math.Min(options.Value.FirstRetryDelaySeconds * Math.Pow(2, attempt - 1), options.Value.MaxRetryDelaySeconds);
}
