using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Formulate.Web.Health;

/// <summary>
/// <c>/health/live</c>: the process is up and answering (restart it if not).
/// <c>/health/ready</c>: it can serve people, having prepared the database and still reaching it
/// (send it no traffic if not). <c>/health</c> stays as it was, the same as ready.
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
        services.AddHealthChecks()
            .AddCheck<StartupHealthCheck>("startup", tags: [ReadyTag])
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapFormulateHealth(this IEndpointRouteBuilder endpoints)
    {
        var ready = new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) };
        endpoints.MapHealthChecks(Live, new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks(Ready, ready).AllowAnonymous();
        endpoints.MapHealthChecks(Legacy, ready).AllowAnonymous();
        return endpoints;
    }

    public static bool IsHealthRequest(HttpContext context) =>
        context.Request.Path.StartsWithSegments(Legacy, StringComparison.OrdinalIgnoreCase);
}
