using System.Data.Common;
using Formulate.Data.Entities;
using Formulate.Engine.Parameters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Formulate.Tests.Web.Accuracy;

/// <summary>When, during a calibration, another officer starts a draft of the model parameters.</summary>
public enum Midway
{
    /// <summary>While the sample is read to be fitted: after the page has found no draft, before the calibration is saved.</summary>
    WhileTheSampleIsRead,

    /// <summary>As the calibration is written, after the store has found no draft: only the database can tell.</summary>
    AsTheCalibrationIsSaved,
}

/// <summary>
/// Starts another officer's model draft once, at the chosen moment inside a request, so that a page test can show what an
/// officer sees when someone else's draft overtakes theirs. Does nothing until <see cref="Arm"/> is called.
/// </summary>
public sealed class ModelDraftStartedMidway(Midway moment) : DbCommandInterceptor, ISaveChangesInterceptor
{
    private Func<Task>? _start;

    /// <summary>From now on, the next time <paramref name="moment"/> comes, <paramref name="start"/> starts the other draft.</summary>
    public void Arm(Func<Task> start) => _start = start;

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (moment == Midway.WhileTheSampleIsRead && command.CommandText.Contains("FROM \"AccuracySamples\"", StringComparison.Ordinal))
        {
            await StartOnceAsync();
        }

        return result;
    }

    public async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (moment == Midway.AsTheCalibrationIsSaved && eventData.Context!.ChangeTracker.Entries<ParameterSetVersion>()
                .Any(entry => entry.State == EntityState.Added && entry.Entity.Kind == ParameterSetKind.Model))
        {
            await StartOnceAsync();
        }

        return result;
    }

    private async Task StartOnceAsync()
    {
        // Taken before starting, so that the other officer's own save does not start it again.
        if (Interlocked.Exchange(ref _start, null) is { } start)
        {
            await start();
        }
    }
}
