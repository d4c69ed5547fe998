using System.Diagnostics;

namespace Formulate.Web.Api;

/// <summary>
/// The last resort for the API: a problem+json 500 rather than an HTML error page. Known bad input is
/// answered before it can get here.
/// </summary>
internal static class ApiExceptionHandler
{
    public static IApplicationBuilder UseApiExceptionHandler(this IApplicationBuilder app) =>
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(EstimateEndpoints.BasePath, StringComparison.OrdinalIgnoreCase),
            api => api.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteProblemAsync }));

    private static Task WriteProblemAsync(HttpContext context) =>
        ApiProblems.Unexpected(Activity.Current?.Id ?? context.TraceIdentifier).ExecuteAsync(context);
}
