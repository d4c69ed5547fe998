using System.Net;
using System.Text.Json;
using Formulate.Engine.Defaults;
using Formulate.Engine.Json;
using Formulate.Engine.Questions;

namespace Formulate.Tests.Web.Api;

public sealed class QuestionSetApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task GetQuestionSet_WithKey_ReturnsTheEnginesQuestions()
    {
        using var client = api.Client(api.IssuedKey);

        var response = await client.GetAsync("/api/v1/question-set");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var questions = JsonSerializer.Deserialize<QuestionSet>(await response.Content.ReadAsStringAsync(), FormulateJson.Options)!;
        var shipped = DefaultDefinitions.Definition.Questions;
        questions.Version.ShouldBe(shipped.Version);
        questions.Questions.Select(q => q.Id).ShouldBe(shipped.Questions.Select(q => q.Id));
        questions.Questions.Select(q => q.VisibleWhen).ShouldBe(shipped.Questions.Select(q => q.VisibleWhen));
    }

    [Fact]
    public async Task GetQuestionSet_NoKey_Returns401()
    {
        using var client = api.Client();

        (await ProblemResponse.ReadAsync(await client.GetAsync("/api/v1/question-set"))).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task OpenApiDocument_Anonymous_DescribesTheApiAndItsKey()
    {
        using var client = api.Client();

        var response = await client.GetAsync("/openapi/v1.json");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var paths = document.GetProperty("paths").EnumerateObject().Select(path => path.Name).ToList();
        paths.ShouldBe(["/api/v1/estimates", "/api/v1/question-set", "/api/v1/accuracy/reports", "/api/v1/accuracy/calibrations"], ignoreOrder: true);
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        scheme.GetProperty("in").GetString().ShouldBe("header");
        scheme.GetProperty("name").GetString().ShouldBe("X-Api-Key");
        document.GetProperty("paths").GetProperty("/api/v1/estimates").GetProperty("post").GetProperty("responses")
            .EnumerateObject().Select(r => r.Name).ShouldBe(["200", "400", "401", "413", "415", "422"], ignoreOrder: true);
    }
}
