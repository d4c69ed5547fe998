using System.Globalization;
using System.Threading.RateLimiting;
using Formulate.Web.Api;
using Microsoft.AspNetCore.RateLimiting;

namespace Formulate.Web.Security;

/// <summary>The 429 answer: a problem saying which allowance ran out and when to try again, or for sign-in a page.</summary>
internal static class TooManyRequests
{
    public static async ValueTask WriteAsync(OnRejectedContext rejected, RateLimitOptions settings, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        // The request-rate limits say when a permit comes back; the limits on runs at once cannot, as they wait for a run to end.
        var costly = !rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && CostlyRuns.Matches(context);
        var wait = costly ? TimeSpan.FromSeconds(settings.CostlyRunRetryAfterSeconds) : retryAfter;
        var seconds = Math.Max(1, (int)Math.Ceiling((wait == default ? TimeSpan.FromMinutes(1) : wait).TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (ApiPath.Matches(context))
        {
            await ApiProblems.TooManyRequests(ApiDetail(context, costly, seconds)).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        var page = SelfAssessmentSends.Matches(context.Request) ? TooManySelfAssessmentSendsPage.Html(seconds) : TooManySignInsPage.Html(seconds);
        await context.Response.WriteAsync(page, cancellationToken).ConfigureAwait(false);
    }

    private static string ApiDetail(HttpContext context, bool costly, int seconds) =>
        costly
            ? $"Formulate is already working on a report or calibration for this API key, or on as much sample as it takes at once. "
                + $"Wait {seconds} seconds (the Retry-After header), then send it again; send reports and calibrations one at a time."
            : ApiCaller.HasKnownKey(context)
                ? $"This API key has sent more requests than Formulate accepts. Wait {seconds} seconds (the Retry-After header), then send fewer requests a second."
                : $"This address has sent more requests than Formulate accepts without an API key it has accepted. Wait {seconds} seconds "
                    + $"(the Retry-After header), then send a key a configuration manager issued in the {ApiKeyDefaults.HeaderName} header.";
}
