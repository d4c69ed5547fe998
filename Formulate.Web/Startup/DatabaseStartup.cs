using Formulate.Data;
using Formulate.Data.Protection;
using Formulate.Data.Resilience;
using Formulate.Data.Schema;
using Formulate.Web.Configuration;
using Formulate.Web.Health;
using Formulate.Web.Security.Protection;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Startup;

/// <summary>
/// Brings the database to the current schema at start-up and loads the published parameter versions. When the database cannot be reached
/// (a server still starting, a network blip), Formulate starts anyway, answers that it is not
/// ready, and keeps trying with growing waits, for as long as
/// <see cref="DatabaseStartupOptions.GiveUpAfterSeconds"/>; any other fault (such as a schema from
/// a newer release, a wrong password, a damaged file or lost keys) stops it with a
/// <see cref="CannotStartException"/> saying what is wrong and how to put it right.
/// </summary>
public sealed class DatabaseStartup(
    IFormulateDatabaseInitializer initializer,
    ParameterVersions parameterVersions,
    Accounts.FirstAdministrator firstAdministrator,
    PersonalDataKeyRing keyRing,
    DatabaseReadiness readiness,
    IOptions<DatabaseStartupOptions> options,
    IOptions<FormulateDataOptions> dataOptions,
    IHostApplicationLifetime lifetime,
    TimeProvider timeProvider,
    ILogger<DatabaseStartup> logger)
{
    private long _started;

    /// <summary>The later tries, when the first found the database unreachable.</summary>
    public Task Retrying { get; private set; } = Task.CompletedTask;

    /// <summary>Set when a later try met a fault and stopped Formulate.</summary>
    public CannotStartException? Fault { get; private set; }

    /// <summary>
    /// Makes the first try. Returns once the database is ready, or once that try found it
    /// unreachable, with the later tries carrying on in the background (<see cref="Retrying"/>).
    /// </summary>
    /// <exception cref="CannotStartException">The first try met a fault that waiting will not mend.</exception>
    public async Task StartAsync()
    {
        _started = timeProvider.GetTimestamp();
        keyRing.EnsureUsable();
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
            Fault = CannotStartException.For(exception);
            StartupLog.CannotStart(logger, Fault);
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
            var reason = DatabaseFaults.Reason(exception);
            if (SecondsLeft <= 0)
            {
                throw DatabaseFaults.Unreachable(dataOptions.Value, options.Value.GiveUpAfterSeconds, reason);
            }

            readiness.Waiting($"The database cannot be reached yet: {reason}");
            StartupLog.DatabaseUnavailable(logger, attempt, reason, DelaySecondsAfter(attempt));
            return false;
        }
        catch (PersonalDataUnreadableException exception)
        {
            throw keyRing.Explain(exception);
        }
        catch (Exception exception) when (DatabaseFaults.Explain(exception, dataOptions.Value) is { } fault)
        {
            throw fault;
        }
    }

    private double SecondsLeft => options.Value.GiveUpAfterSeconds - timeProvider.GetElapsedTime(_started).TotalSeconds;

    /// <summary>
    /// The wait after a failed try: the first wait, doubled for each later try, up to the longest,
    /// and never past the time to give up, so that the last try is made then.
    /// </summary>
    private double DelaySecondsAfter(int attempt) =>
        Math.Max(0, Math.Min(
            Math.Min(options.Value.FirstRetryDelaySeconds * Math.Pow(2, attempt - 1), options.Value.MaxRetryDelaySeconds),
            SecondsLeft));
}
