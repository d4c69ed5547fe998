using System.ComponentModel.DataAnnotations;

namespace Formulate.Web.Security;

/// <summary>How fast one address may try to sign in, and how fast one API key (or address) may call the API.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "Formulate:RateLimits";

    [Range(1, 100_000)]
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>Requests a second each API key may make, sustained; it may burst to <see cref="ApiBurst"/>.</summary>
    [Range(1, 1_000_000)]
    public int ApiRequestsPerSecond { get; set; } = 1000;

    [Range(1, 1_000_000)]
    public int ApiBurst { get; set; } = 2000;
}
