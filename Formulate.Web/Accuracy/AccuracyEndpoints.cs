using Formulate.Analysis.Accuracy;
using Formulate.Engine.Json;
using Formulate.Engine.Text;
using Formulate.Web.Api;
using Formulate.Web.Security;
using Microsoft.AspNetCore.Http.Features;

namespace Formulate.Web.Accuracy;

/// <summary>Accuracy testing and calibration for analysts' scripts: post a sample file, get a report or a calibrated draft.</summary>
internal static class AccuracyEndpoints
{
    public static IEndpointRouteBuilder MapAccuracyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup($"{ApiPath.Base}/accuracy")
            .RequireAuthorization(Policies.ApiClient)
            .DisableAntiforgery()
            .WithTags("Accuracy")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapPost("/reports", ReportAsync)
            .WithName("CreateAccuracyReport")
            .WithSummary("Compare estimates with actual packages for a sample")
            .WithDescription("Send a sample file (CSV in the documented format) as the body. Returns Pearson and Spearman "
                + "correlation, mean absolute error and percentage error overall and per primary support reason, living situation "
                + "and need band, the same overall before the council's cap and minimum (beforeLimits, the figures calibration fits), "
                + "the outliers outside the tolerance band (query tolerance, a percentage), and the £-per-point baseline.")
            .Accepts<string>("text/csv")
            .Produces<AccuracyReport>();

        api.MapPost("/calibrations", CalibrateAsync)
            .WithName("CalibrateModel")
            .WithSummary("Fit the model parameters to a sample")
            .WithDescription("Send a sample file (CSV) as the body. Returns a calibrated draft of the model parameters with "
                + "cross-validated correlation and error before and after (of the model's figures before the council's cap and minimum), and the difference from the current version. Nothing is "
                + "published or stored: a configuration manager publishes a version on the accuracy pages.")
            .Accepts<string>("text/csv")
            .Produces<CalibrationResponse>();
        return app;
    }

    private static async Task<IResult> ReportAsync(HttpRequest request, AccuracyRuns runs, decimal? tolerance, CancellationToken cancellationToken)
    {
        if (tolerance is < 0m or > 100m)
        {
            return Problem(StatusCodes.Status400BadRequest, "The tolerance is out of range", "Give tolerance as a percentage from 0 to 100, for example ?tolerance=25.");
        }

        var (sample, problem) = await ReadSampleAsync(request, runs, cancellationToken).ConfigureAwait(false);
        return problem ?? Results.Json(runs.Report(sample!, tolerance), FormulateJson.Options);
    }

    private static async Task<IResult> CalibrateAsync(HttpRequest request, AccuracyRuns runs, CancellationToken cancellationToken)
    {
        var (sample, problem) = await ReadSampleAsync(request, runs, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var (result, diff) = runs.Calibrate(sample!, "Calibrated through the API");
        if (result.Model is null)
        {
            return Problem(StatusCodes.Status422UnprocessableEntity, "The sample cannot be used for calibration", string.Join(" ", result.Problems));
        }

        return Results.Json(new CalibrationResponse
        {
            Model = result.Model,
            Figures = result.Figures!,
            Changes = result.Changes,
            Diff = diff!,
            CasesLeftOut = result.CasesLeftOut,
            CasesCountingLess = result.CasesCountingLess,
            CasesFitted = result.CasesFitted,
        }, FormulateJson.Options);
    }

    private static async Task<(Sample? Sample, IResult? Problem)> ReadSampleAsync(HttpRequest request, AccuracyRuns runs, CancellationToken cancellationToken)
    {
        var limit = runs.MaxSampleBytes;
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit + 1L;
        }

        byte[]? body;
        try
        {
            body = await RequestBody.ReadAsync(request, limit, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException)
        {
            body = null;
        }

        if (body is null)
        {
            return (null, Problem(StatusCodes.Status413PayloadTooLarge, "The sample file is too large", TooLargeDetail(limit)));
        }

        if (body.Length == 0)
        {
            return (null, Problem(StatusCodes.Status400BadRequest, "The request body is empty", "Send the sample file (CSV in the documented format) as the request body."));
        }

        if (SampleText.Decode(body) is not { } text)
        {
            return (null, Problem(StatusCodes.Status400BadRequest, "The sample file is not UTF-8 text", SampleText.NotUtf8));
        }

        var import = runs.Read(text);
        if (import.Sample is null)
        {
            return (null, Results.Problem(
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "The sample cannot be used",
                detail: $"{Count(import.Problems.Count)} found; nothing was imported. Put each right and send the whole file again; "
                    + ListedProblems.WhereListed(import.Problems.Count),
                extensions: ListedProblems.Extensions(import.Problems)));
        }

        return (import.Sample, null);
    }

    private static string TooLargeDetail(int limit) =>
        $"Send at most {UkFormat.Count(limit)} bytes in one request; a sample of 20,000 people is well under that. For a larger sample, split it into "
        + "files of whole rows under the limit, each starting with the header row, and send each as its own request, one at a time.";

    private static string Count(int problems) => problems == 1 ? "1 problem was" : $"{UkFormat.Count(problems)} problems were";

    private static IResult Problem(int status, string title, string detail) => Results.Problem(statusCode: status, title: title, detail: detail);
}
