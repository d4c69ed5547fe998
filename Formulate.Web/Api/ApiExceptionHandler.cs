using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;

namespace Formulate.Web.Api;

/// <summary>
/// The API answers in problem+json, never with an HTML page: a 500 as the last resort for a fault
/// (known bad input is answered before it can get here), and a problem for any error status the
/// framework sets without a body (an unknown address, a wrong method or content type).
/// </summary>
internal static class ApiExceptionHandler
{
    public static IApplicationBuilder UseApiErrorResponses(this IApplicationBuilder app) =>
        app.UseWhen(
            ApiPath.Matches,
            api => api
                .UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteProblemAsync })
                .UseStatusCodePages());

    private static Task WriteProblemAsync(HttpContext context) =>
        context.Features.Get<IExceptionHandlerFeature>()?.Error is BadHttpRequestException badRequest
            // A value the framework could not bind (where it throws rather than answering 400 itself): the caller's mistake, explained by ApiProblems.
            ? Results.Problem(statusCode: badRequest.StatusCode).ExecuteAsync(context)
            : ApiProblems.Unexpected(Activity.Current?.Id ?? context.TraceIdentifier).ExecuteAsync(context);
}
