using System.Threading.RateLimiting;

namespace Formulate.Web.Security;

/// <summary>
/// Lets costly runs (<see cref="CostlyRuns"/>) proceed together only while the samples they were sent add up to no
/// more than the budget, across all callers: the work grows with the rows, and the size declared in Content-Length is
/// known before the sample is read. A body of undeclared size weighs as much as the largest sample accepted.
/// </summary>
internal sealed class SampleSizeBudget : PartitionedRateLimiter<HttpContext>
{
    private const int BytesAPermit = 1024;

    private readonly int _permits;
    private readonly int _largestSampleBytes;
    private readonly ConcurrencyLimiter _inFlight;
    private readonly RateLimiter _unlimited = RateLimitPartition.GetNoLimiter(0).Factory(0);

    public SampleSizeBudget(int budgetBytes, int largestSampleBytes)
    {
        _permits = Math.Max(1, budgetBytes / BytesAPermit);
        _largestSampleBytes = largestSampleBytes;
        _inFlight = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = _permits, QueueLimit = 0 });
    }

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => _inFlight.GetStatistics();

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        permitCount > 0 && CostlyRuns.Matches(resource) ? _inFlight.AttemptAcquire(Weight(resource)) : _unlimited.AttemptAcquire(0);

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(resource, permitCount));

    /// <summary>A sample larger than the whole budget takes all of it, so it runs alone rather than never.</summary>
    private int Weight(HttpContext context)
    {
        var bytes = context.Request.ContentLength ?? _largestSampleBytes;
        var permits = (bytes + BytesAPermit - 1) / BytesAPermit;
        return (int)Math.Clamp(permits, 1, _permits);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inFlight.Dispose();
            _unlimited.Dispose();
        }

        base.Dispose(disposing);
    }
}
