using Formulate.Web.Api;

namespace Formulate.Web.Health;

/// <summary>
/// Until the database is ready, every request but the health checks gets 503 with Retry-After,
/// rather than an error from a page that cannot read its data.
/// </summary>
public static class NotReadyResponses
{
    public const string Title = "Sorry, the service is unavailable";
    public const string Detail = "Formulate is starting and cannot reach its database yet. Try again in a few minutes.";
    private const string RetryAfterSeconds = "10";

    public static IApplicationBuilder UseNotReadyResponses(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var readiness = app.ApplicationServices.GetRequiredService<DatabaseReadiness>();
        return app.Use(async (context, next) =>
        {
            if (readiness.IsReady || HealthEndpoints.IsHealthRequest(context))
            {
                await next(context);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = RetryAfterSeconds;
            if (ApiPath.Matches(context))
            {
                await Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: Title, detail: Detail).ExecuteAsync(context);
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(
                $"""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>{Title} - Formulate</title></head>
                <body><main><h1>{Title}</h1><p>{Detail}</p></main></body></html>
                """);
        });
    }
}
