using System.Threading.RateLimiting;
using Formulate.Web.Accuracy;
using Formulate.Web.Api;
using Formulate.Web.Security.Sso;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Security;

/// <summary>
/// Limits sign-in attempts per client address (against password guessing across accounts, which the per-account
/// lockout cannot see); API calls per accepted key, or per address for any other key or none; and accuracy reports
/// and calibrations to one at a time per caller and a total sample size at once. Everything else is unlimited.
/// </summary>
/// <remarks>Runs before authentication, so a refused request never reaches the key lookup in the database.</remarks>
internal static class FormulateRateLimiter
{
    public static IServiceCollection AddFormulateRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>, IOptions<AccuracyOptions>>((limiter, limits, accuracy) =>
        {
            var settings = limits.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => RequestRate(context, settings)),
                PartitionedRateLimiter.Create<HttpContext, string>(OneCostlyRunPerCaller),
                new SampleSizeBudget(settings.SampleBytesAtOnce, accuracy.Value.MaxSampleBytes));
            limiter.OnRejected = (rejected, cancellationToken) => TooManyRequests.WriteAsync(rejected, settings, cancellationToken);
        });
        return services;
    }

    private static RateLimitPartition<string> RequestRate(HttpContext context, RateLimitOptions settings)
    {
        if (ApiPath.Matches(context))
        {
            return ApiCaller.HasKnownKey(context)
                ? RateLimitPartition.GetTokenBucketLimiter("api:" + ApiCaller.Of(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = settings.ApiBurst,
                    TokensPerPeriod = settings.ApiRequestsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                })
                : FixedWindow("api:" + ApiCaller.Of(context), settings.UnknownKeyRequestsPerMinute, TimeSpan.FromMinutes(1));
        }

        return SelfAssessmentSends.Matches(context.Request)
                ? FixedWindow("self-assessment:" + ClientAddress.Of(context), settings.SelfAssessmentSendsPerHour, TimeSpan.FromHours(1))
            : IsSignInAttempt(context.Request)
                ? FixedWindow("sign-in:" + ClientAddress.Of(context), settings.SignInAttemptsPerMinute, TimeSpan.FromMinutes(1))
            : RateLimitPartition.GetNoLimiter("other");
    }

    /// <summary>At most <paramref name="permits"/> requests in each <paramref name="window"/> for one partition, none queued.</summary>
    private static RateLimitPartition<string> FixedWindow(string partition, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    private static RateLimitPartition<string> OneCostlyRunPerCaller(HttpContext context) =>
        CostlyRuns.Matches(context)
            ? RateLimitPartition.GetConcurrencyLimiter("costly:" + ApiCaller.Of(context), _ => new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("other");

    internal static bool IsSignInAttempt(HttpRequest request) =>
        (HttpMethods.IsPost(request.Method) && request.Path.Equals(CookieScheme.SignInPath, StringComparison.OrdinalIgnoreCase))
        || request.Path.StartsWithSegments(SsoDefaults.StartPath, StringComparison.OrdinalIgnoreCase);
}
