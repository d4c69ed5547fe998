using System.Text.Json;
using Formulate.Engine.Profiles;

namespace Formulate.Web.Api;

/// <param name="Kind">The engine's problem kind in kebab case, as in its own JSON: "unknown-question", "answer-not-offered", ...</param>
public sealed record ApiValidationError(string Kind, string? QuestionId, string? ParameterKey, string Message)
{
    public static ApiValidationError From(ValidationProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new ApiValidationError(
            JsonNamingPolicy.KebabCaseLower.ConvertName(problem.Kind.ToString()),
            problem.QuestionId,
            problem.ParameterKey,
            problem.Message);
    }
}
