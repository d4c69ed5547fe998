using Formulate.Data.SelfAssessments;

namespace Formulate.Web.SelfAssessments;

/// <summary>Deletes abandoned and old self-assessments every hour, as the retention settings say.</summary>
public sealed partial class SelfAssessmentRetention(SelfAssessmentStore store, TimeProvider clock, ILogger<SelfAssessmentRetention> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        do
        {
            try
            {
                var deleted = await store.DeleteExpiredAsync(stoppingToken).ConfigureAwait(false);
                if (deleted > 0)
                {
                    Deleted(logger, deleted);
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // The database may not be ready yet at start-up; the next hour tries again.
                Failed(logger, error);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} self-assessments after the retention period")]
    private static partial void Deleted(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deleting self-assessments after the retention period failed; trying again in an hour")]
    private static partial void Failed(ILogger logger, Exception error);
}
