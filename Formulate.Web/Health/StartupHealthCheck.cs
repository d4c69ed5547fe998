using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Formulate.Web.Health;

/// <summary>Not ready until the database has been upgraded and seeded at start-up.</summary>
internal sealed class StartupHealthCheck(DatabaseReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.WaitingFor is { } reason
            ? HealthCheckResult.Unhealthy(reason)
            : HealthCheckResult.Healthy());
}
