using Formulate.Web.Api;

namespace Formulate.Web.Security;

/// <summary>
/// The API calls that cost far more than the rest: an accuracy report or a calibration reads a whole sample and works
/// on every row (a 20,000-person calibration takes seconds of processor time and hundreds of megabytes), so they are
/// limited by how many run at once and how much sample is being worked on, not only by how often they are sent.
/// </summary>
internal static class CostlyRuns
{
    public static bool Matches(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method)
        && context.Request.Path.StartsWithSegments(ApiPath.Base + "/accuracy", StringComparison.OrdinalIgnoreCase);
}
