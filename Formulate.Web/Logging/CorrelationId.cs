using System.Buffers;

namespace Formulate.Web.Logging;

/// <summary>
/// One id per request, taken from the caller's <c>X-Correlation-Id</c> header when it is a sensible
/// one (so a case management system can follow its own call through our logs) or made up here.
/// It is returned in the same header, written in every log line of the request, and put in every
/// problem+json answer.
/// </summary>
public static class CorrelationId
{
    public const string HeaderName = "X-Correlation-Id";
    public const string LogScopeKey = "CorrelationId";
    public const string ProblemExtension = "correlationId";
    private const int MaxLength = 64;

    private static readonly SearchValues<char> Allowed =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:");

    /// <summary>
    /// The caller's id when it is 1 to 64 letters, digits or <c>- _ . :</c>; anything else could
    /// forge log lines or carry personal data, so it is replaced.
    /// </summary>
    public static string FromHeader(string? header) =>
        header is { Length: > 0 and <= MaxLength } && !header.AsSpan().ContainsAnyExcept(Allowed)
            ? header
            : Guid.NewGuid().ToString("N");

    public static IApplicationBuilder UseCorrelationId(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Formulate.Web.Requests");
        return app.Use(async (context, next) =>
        {
            var id = FromHeader(context.Request.Headers[HeaderName]);
            context.TraceIdentifier = id;
            context.Response.Headers[HeaderName] = id;
            using (logger.BeginScope(new CorrelationScope(id)))
            {
                await next(context);
            }
        });
    }

    /// <summary>Adds the request's correlation id to a problem+json answer, for the caller to quote.</summary>
    public static void AddTo(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.ProblemDetails.Extensions[ProblemExtension] = context.HttpContext.TraceIdentifier;
    }
}
