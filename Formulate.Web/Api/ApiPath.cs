namespace Formulate.Web.Api;

public static class ApiPath
{
    public const string Base = "/api/v1";

    /// <summary>Whether a request is for the API, which answers in problem+json and knows only API keys.</summary>
    public static bool Matches(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
    }
}
