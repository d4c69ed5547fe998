using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Formulate.Web.Health;

/// <summary>
/// <c>/health/live</c>: the process is up and answering (restart it if not).
/// <c>/health/ready</c>: it can serve people, having prepared the database, still reaching it, and
/// reading its data with its keys (send it no traffic if not; the answer says why). <c>/health</c> stays as it was, the same as ready.
/// </summary>
public static class HealthEndpoints
{
    public const string Live = "/health/live";
    public const string Ready = "/health/ready";
    public const string Legacy = "/health";
    public const string ReadyTag = "ready";

    public static IServiceCollection AddFormulateHealth(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseReadiness>();
        // One instance, so that its remembered result outlives a probe.
        services.AddSingleton<DatabaseHealthCheck>();
        services.AddHealthChecks()
            .AddCheck<StartupHealthCheck>("startup", tags: [ReadyTag])
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapFormulateHealth(this IEndpointRouteBuilder endpoints)
    {
        var ready = new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteStatusAndReasonsAsync };
        endpoints.MapHealthChecks(Live, new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks(Ready, ready).AllowAnonymous();
        endpoints.MapHealthChecks(Legacy, ready).AllowAnonymous();
        return endpoints;
    }

    /// <summary>"Healthy", or "Unhealthy: " and why, for whoever reads the probe's answer.</summary>
    private static Task WriteStatusAndReasonsAsync(HttpContext context, HealthReport report)
    {
        var reasons = report.Entries.Values
            .Where(entry => entry.Status != HealthStatus.Healthy && entry.Description is { Length: > 0 })
            .Select(entry => entry.Description);
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(report.Status == HealthStatus.Healthy
            ? report.Status.ToString()
            : $"{report.Status}: {string.Join("; ", reasons)}");
    }

    public static bool IsHealthRequest(HttpContext context) =>
        context.Request.Path.StartsWithSegments(Legacy, StringComparison.OrdinalIgnoreCase);
}
