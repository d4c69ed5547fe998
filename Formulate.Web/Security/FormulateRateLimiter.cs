using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Formulate.Web.Api;
using Formulate.Web.Security.Sso;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Security;

/// <summary>
/// Limits sign-in attempts per client address (against password guessing across accounts, which
/// the per-account lockout cannot see) and API calls per key. Everything else is unlimited.
/// </summary>
internal static class FormulateRateLimiter
{
    public static IServiceCollection AddFormulateRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, limits) =>
        {
            var settings = limits.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, settings));
            limiter.OnRejected = (rejected, cancellationToken) => TooManyRequests.WriteAsync(rejected, cancellationToken);
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitOptions settings)
    {
        if (ApiPath.Matches(context))
        {
            return RateLimitPartition.GetTokenBucketLimiter("api:" + ApiCaller(context), _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = settings.ApiBurst,
                TokensPerPeriod = settings.ApiRequestsPerSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        }

        if (IsSignInAttempt(context.Request))
        {
            return RateLimitPartition.GetFixedWindowLimiter("sign-in:" + ClientAddress(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.SignInAttemptsPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        }

        return RateLimitPartition.GetNoLimiter("other");
    }

    internal static bool IsSignInAttempt(HttpRequest request) =>
        (HttpMethods.IsPost(request.Method) && request.Path.Equals(CookieScheme.SignInPath, StringComparison.OrdinalIgnoreCase))
        || request.Path.StartsWithSegments(SsoDefaults.StartPath, StringComparison.OrdinalIgnoreCase);

    // Keyed by a hash of the key, so that raw keys are not kept in memory longer than the request.
    private static string ApiCaller(HttpContext context) =>
        context.Request.Headers[ApiKeyDefaults.HeaderName].ToString() is { Length: > 0 } key
            ? Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0, 8)
            : "address:" + ClientAddress(context);

    private static string ClientAddress(HttpContext context) =>
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static class TooManyRequests
    {
        public static async ValueTask WriteAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
        {
            var context = rejected.HttpContext;
            var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            if (ApiPath.Matches(context))
            {
                await Results.Problem(
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many requests",
                    detail: $"This API key has sent more requests than Formulate accepts. Wait {seconds} seconds (the Retry-After header), then send fewer requests a second.")
                    .ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(TooManySignInsPage.Html(seconds), cancellationToken).ConfigureAwait(false);
        }
    }
}
