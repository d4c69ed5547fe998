using System.Collections.Concurrent;

namespace Formulate.Web.Letters;

/// <summary>
/// Finished batches, kept in memory for an hour for their download. Letters are produced again from the saved
/// estimates whenever they are needed, so nothing here needs to outlive the app.
/// </summary>
public sealed class LetterBatchStore(TimeProvider time)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(1);
    private const int MostKept = 20;
    private readonly ConcurrentDictionary<Guid, LetterBatchResult> _batches = new();

    public void Add(LetterBatchResult batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var now = time.GetUtcNow();
        foreach (var old in _batches.Values.Where(b => now - b.CreatedAt > KeepFor)
                     .Concat(_batches.Values.OrderByDescending(b => b.CreatedAt).Skip(MostKept - 1)))
        {
            _batches.TryRemove(old.BatchId, out _);
        }

        _batches[batch.BatchId] = batch;
    }

    /// <summary>The batch, only for the person who asked for it and only while it is kept.</summary>
    public LetterBatchResult? Find(Guid batchId, string userName) =>
        _batches.TryGetValue(batchId, out var batch) && batch.RequestedBy == userName && time.GetUtcNow() - batch.CreatedAt <= KeepFor
            ? batch
            : null;
}
