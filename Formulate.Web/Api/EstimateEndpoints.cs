using Formulate.Engine;
using Formulate.Engine.Estimation;
using Formulate.Engine.Json;
using Formulate.Engine.Profiles;
using Formulate.Engine.Questions;
using Formulate.Web.Reproducibility;
using Formulate.Web.Security;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Api;

/// <summary>The HTTP API for other systems, under /api/v1, authenticated by API key only.</summary>
internal static class EstimateEndpoints
{
    public static IEndpointRouteBuilder MapFormulateApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(ApiPath.Base)
            .RequireAuthorization(Policies.ApiClient)
            .DisableAntiforgery()
            .WithTags("Estimates")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        api.MapPost("/estimates", EstimateAsync)
            .WithName("CreateEstimate")
            .WithSummary("Estimate a weekly personal budget from a Needs Profile")
            .WithDescription("Send a Needs Profile (assessmentDate and the answers by question id). A complete, valid profile "
                + "returns the estimate with its breakdown and trace; otherwise every problem is listed in errors.")
            .Accepts<NeedsProfile>("application/json")
            .Produces<EstimateResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapGet("/question-set", (FormulateEngine engine) => Results.Json(engine.Definition.Questions, FormulateJson.Options))
            .WithName("GetQuestionSet")
            .WithSummary("The questions of the Needs Profile, their answers and when each is asked")
            .Produces<QuestionSet>();
        return app;
    }

    private static async Task<IResult> EstimateAsync(
        HttpRequest request, EngineRegistry engines, IOptions<FormulateApiOptions> options, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxRequestBodyBytes;
        var body = await RequestBody.ReadAsync(request, limit, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return ApiProblems.TooLarge(limit);
        }

        if (body.Length == 0)
        {
            return ApiProblems.EmptyBody();
        }

        if (ProfileRequestReader.TryRead(body, out var profile) is { } unreadable)
        {
            return unreadable;
        }

        var shapeProblem = ShapeProblem(profile);
        if (shapeProblem is not null)
        {
            return ApiProblems.Unreadable(shapeProblem);
        }

        // The model and configuration in force on the assessment date; the result records their versions.
        var outcome = engines.InForceOn(profile!.AssessmentDate).Estimate(profile);
        return outcome.Result is { } result
            ? Results.Json(result, FormulateJson.Options)
            : ApiProblems.Invalid([.. outcome.Problems.Select(ApiValidationError.From)]);
    }

    /// <summary>JSON nulls the serializer lets through but the engine cannot take.</summary>
    private static string? ShapeProblem(NeedsProfile? profile)
    {
        if (profile is null)
        {
            return "The request body is null; send a Needs Profile as a JSON object.";
        }

        if (profile.Answers is null)
        {
            return "answers is null; send the answers as an object of question id to answer code.";
        }

        var nullAnswer = profile.Answers.FirstOrDefault(answer => answer.Value is null);
        return nullAnswer.Key is null
            ? null
            : $"The answer to '{nullAnswer.Key}' is null; every answer must be an answer code (a string), or leave the question out.";
    }
}
