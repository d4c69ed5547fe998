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
                : RateLimitPartition.GetFixedWindowLimiter("api:" + ApiCaller.Of(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = settings.UnknownKeyRequestsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
        }

        if (SelfAssessmentSends.Matches(context.Request))
        {
            return RateLimitPartition.GetFixedWindowLimiter("self-assessment:" + ClientAddress.Of(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.SelfAssessmentSendsPerHour,
                Window = TimeSpan.FromHours(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        }

        if (IsSignInAttempt(context.Request))
        {
            return RateLimitPartition.GetFixedWindowLimiter("sign-in:" + ClientAddress.Of(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.SignInAttemptsPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        }

        return RateLimitPartition.GetNoLimiter("other");
    }

    private static RateLimitPartition<string> OneCostlyRunPerCaller(HttpContext context) =>
        CostlyRuns.Matches(context)
            ? RateLimitPartition.GetConcurrencyLimiter("costly:" + ApiCaller.Of(context), _ => new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("other");

    internal static bool IsSignInAttempt(HttpRequest request) =>
        (HttpMethods.IsPost(request.Method) && request.Path.Equals(CookieScheme.SignInPath, StringComparison.OrdinalIgnoreCase))
        || request.Path.StartsWithSegments(SsoDefaults.StartPath, StringComparison.OrdinalIgnoreCase);
}
