using System.ComponentModel.DataAnnotations;

namespace Formulate.Web.Security;

/// <summary>
/// How fast one address may try to sign in, how fast one API key (or, without a key Formulate has accepted, one
/// address) may call the API, and how much accuracy and calibration work runs at once.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "Formulate:RateLimits";

    [Range(1, 100_000)]
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>
    /// Self-assessment requests and codes asked for in an hour from one address: each can send an e-mail or a text
    /// message to the contact given, so this stops one address sending messages to contacts of its choosing.
    /// </summary>
    [Range(1, 100_000)]
    public int SelfAssessmentSendsPerHour { get; set; } = 30;

    /// <summary>Requests a second each API key may make, sustained; it may burst to <see cref="ApiBurst"/>.</summary>
    [Range(1, 1_000_000)]
    public int ApiRequestsPerSecond { get; set; } = 1000;

    [Range(1, 1_000_000)]
    public int ApiBurst { get; set; } = 2000;

    /// <summary>
    /// API requests a minute from one address with no key, or a key not yet accepted (a key's first request counts
    /// here; after it is accepted it has its own allowance). Once used up, requests are refused before any key is looked up.
    /// </summary>
    [Range(1, 1_000_000)]
    public int UnknownKeyRequestsPerMinute { get; set; } = 60;

    /// <summary>
    /// The total size of the samples being reported on or calibrated at once, across all callers; each caller runs one
    /// at a time besides. The default lets two samples of 20,000 people (about 35 MB each) run together.
    /// </summary>
    [Range(1024, int.MaxValue)]
    public int SampleBytesAtOnce { get; set; } = 80 * 1024 * 1024;

    /// <summary>How long a caller refused a report or calibration is told to wait: about as long as a large one takes.</summary>
    [Range(1, 3600)]
    public int CostlyRunRetryAfterSeconds { get; set; } = 30;
}
