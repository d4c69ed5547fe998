using System.Net;
using System.Text.Json;

namespace Formulate.Tests.Web.Api;

/// <summary>A problem+json response, checked for its shape as it is read.</summary>
public sealed record ProblemResponse(HttpStatusCode Status, JsonElement Body)
{
    public static async Task<ProblemResponse> ReadAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode.ShouldNotBe(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        body.GetProperty("status").GetInt32().ShouldBe((int)response.StatusCode);
        body.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        return new ProblemResponse(response.StatusCode, body);
    }

    public string Detail => Body.GetProperty("detail").GetString() ?? "";

    public IReadOnlyList<(string Kind, string? QuestionId, string Message)> Errors =>
        [.. Body.GetProperty("errors").EnumerateArray().Select(error => (
            error.GetProperty("kind").GetString()!,
            error.TryGetProperty("questionId", out var id) ? id.GetString() : null,
            error.GetProperty("message").GetString()!))];
}
