using Formulate.Analysis.Benchmarking;
using Formulate.Analysis.Defaults;
using Formulate.Data.Entities;
using Formulate.Engine.Json;
using Formulate.Engine.Questions;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Data.Parameters;

/// <summary>The benchmarking data in use: the latest imported file, or the illustrative dataset that ships with Formulate.</summary>
public sealed class BenchmarkDatasetStore(IDbContextFactory<FormulateDbContext> contextFactory, TimeProvider timeProvider)
{
    /// <summary>Checks the file in full; keeps it only when there is no problem.</summary>
    public async Task<LoadResult<BenchmarkDataset>> ImportAsync(string json, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        var loaded = BenchmarkDatasetLoader.Load(json ?? "");
        if (!loaded.Succeeded)
        {
            return loaded;
        }

        var dataset = loaded.Value!;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        context.BenchmarkDatasets.Add(new BenchmarkDatasetRecord
        {
            Title = dataset.Title.Length > 300 ? dataset.Title[..300] : dataset.Title,
            Illustrative = dataset.Illustrative,
            CouncilCount = dataset.Councils.Count,
            Json = FormulateJson.Serialize(dataset, indented: true),
            ImportedAt = timeProvider.GetUtcNow(),
            ImportedBy = userName,
        });
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return loaded;
    }

    /// <summary>The latest imported dataset and when it was imported, or the shipped illustrative one (with no record).</summary>
    public async Task<(BenchmarkDataset Dataset, BenchmarkDatasetRecord? Record)> CurrentAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var latest = await context.BenchmarkDatasets.AsNoTracking().OrderByDescending(d => d.ImportedAt)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return latest is null
            ? (AnalysisDefaults.IllustrativeBenchmark, null)
            : (BenchmarkDatasetLoader.Load(latest.Json).OrThrow("The stored benchmarking dataset"), latest);
    }
}
