using Formulate.Engine.Text;

namespace Formulate.Web.Api;

/// <summary>The API's problem+json answers, worded for the developer of the calling system.</summary>
internal static class ApiProblems
{
    public static IResult MissingKey() => Results.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: "An API key is needed",
        detail: $"Send your API key in the {ApiKeyDefaults.HeaderName} header. A configuration manager creates keys on the API keys page.");

    public static IResult UnknownKey() => Results.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: "The API key is not accepted",
        detail: "The API key is not one this Formulate issued, or it has been revoked. Ask a configuration manager for a new key.");

    public static IResult Forbidden() => Results.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "This API key cannot do this");

    public static IResult TooManyRequests(string detail) => Results.Problem(
        statusCode: StatusCodes.Status429TooManyRequests,
        title: "Too many requests",
        detail: detail);

    public static IResult TooLarge(int limit) => Results.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The request body is too large",
        detail: string.Create(UkFormat.Culture, $"Send at most {limit:N0} bytes in one request. ")
            + "A Needs Profile is far smaller than that: send one profile a request, one request for each person, and only the answers to the questions asked.");

    /// <summary>Words for the problems the framework writes itself, such as the 415 for a body that is not JSON.</summary>
    public static void Explain(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!ApiPath.Matches(context.HttpContext))
        {
            return;
        }

        // The accuracy endpoints take a sample file, not a Needs Profile, and read one value from the address: the tolerance.
        var sample = context.HttpContext.Request.Path.StartsWithSegments(ApiPath.Base + "/accuracy", StringComparison.OrdinalIgnoreCase);
        context.ProblemDetails.Detail ??= context.ProblemDetails.Status switch
        {
            StatusCodes.Status400BadRequest when sample => "Give tolerance as a percentage from 0 to 100, for example ?tolerance=25, or leave it out for the council's own.",
            StatusCodes.Status400BadRequest => "Part of the request is not in the form this address takes. The API is described at /openapi/v1.json.",
            StatusCodes.Status404NotFound => "There is nothing at this address. The API is described at /openapi/v1.json.",
            StatusCodes.Status405MethodNotAllowed => "This address does not take that method. The API is described at /openapi/v1.json.",
            StatusCodes.Status415UnsupportedMediaType when sample => "Set the Content-Type header to text/csv and send the sample file (CSV in the documented format) as the body.",
            StatusCodes.Status415UnsupportedMediaType => "Set the Content-Type header to application/json and send the Needs Profile as JSON.",
            _ => null,
        };
    }

    public static IResult EmptyBody() => Results.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "The request body is empty",
        detail: "Send a Needs Profile as a JSON object, with assessmentDate and answers.");

    public static IResult Unreadable(string detail, string? path = null, long? line = null, long? position = null)
    {
        var extensions = new Dictionary<string, object?>();
        if (path is not null)
        {
            extensions["path"] = path;
        }

        if (line is not null)
        {
            extensions["line"] = line;
        }

        if (position is not null)
        {
            extensions["position"] = position;
        }

        return Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "The request body is not a Needs Profile",
            detail: detail,
            extensions: extensions);
    }

    public static IResult Invalid(IReadOnlyList<ApiValidationError> errors) => Results.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: "The Needs Profile cannot be estimated",
        detail: errors.Count == 1
            ? "1 problem stops an estimate being made; see errors."
            : string.Create(UkFormat.Culture, $"{errors.Count:N0} problems stop an estimate being made; ") + ListedProblems.WhereListed(errors.Count),
        extensions: ListedProblems.Extensions(errors));

    public static IResult Unexpected(string traceId) => Results.Problem(
        statusCode: StatusCodes.Status500InternalServerError,
        title: "Sorry, there is a problem with the service",
        detail: "Formulate could not finish this request. Try again later; if it keeps happening, tell the Formulate administrator the trace id.",
        extensions: new Dictionary<string, object?> { ["traceId"] = traceId });
}
