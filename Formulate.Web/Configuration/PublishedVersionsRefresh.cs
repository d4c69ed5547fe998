using Formulate.Data.Resilience;
using Formulate.Web.Health;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Configuration;

/// <summary>
/// Where a council runs more than one instance, a version published through one must reach the others without a
/// restart: each instance reads the published versions again every few seconds and registers any it does not know.
/// A database that cannot be reached just now is tried again at the next turn.
/// </summary>
public sealed partial class PublishedVersionsRefresh(
    ParameterVersions versions,
    DatabaseReadiness readiness,
    IOptions<PublishedVersionsRefreshOptions> options,
    TimeProvider timeProvider,
    ILogger<PublishedVersionsRefresh> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.RefreshSeconds), timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await RefreshAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RefreshAsync(CancellationToken stoppingToken)
    {
        if (!readiness.IsReady)
        {
            // Start-up loads them once the database answers.
            return;
        }

        try
        {
            if (await versions.LoadPublishedAsync(stoppingToken).ConfigureAwait(false) is > 0 and var registered)
            {
                Registered(logger, registered);
            }
        }
        catch (Exception exception) when (DatabaseFailure.IsUnavailable(exception))
        {
            Unavailable(logger, exception.GetBaseException().Message);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Anything else (such as a stored version that clashes with one registered here) must not stop the
            // instance serving with the versions it already has.
            Failed(logger, exception);
        }
    }

    [LoggerMessage(EventId = 2203, Level = LogLevel.Information, Message = "Registered {Count} versions published through another instance")]
    private static partial void Registered(ILogger logger, int count);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Warning, Message = "Published versions could not be read again ({Reason}); trying at the next turn")]
    private static partial void Unavailable(ILogger logger, string reason);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Error, Message = "Published versions could not be registered; this instance keeps the versions it has and tries at the next turn")]
    private static partial void Failed(ILogger logger, Exception exception);
}
