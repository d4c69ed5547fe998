using System.Net;
using Formulate.Engine;
using Formulate.Engine.Defaults;
using Formulate.Tests.Engine;
using Formulate.Tests.Web.Support;
using Formulate.Web.Api;
using Formulate.Web.Reproducibility;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Api;

public sealed class UnexpectedFailureTests
{
    [Fact]
    public async Task PostEstimate_EngineThrows_Returns500ProblemWithoutDetailsOfTheFault()
    {
        // A visibility condition that throws when evaluated: a stand-in for a fault nobody foresaw.
        var questions = DefaultDefinitions.Definition.Questions;
        var faulty = questions with { Questions = [questions.Questions[0] with { Visibility = new FaultyCondition() }, .. questions.Questions.Skip(1)] };
        var broken = new FormulateEngine(DefaultDefinitions.Definition with { Questions = faulty });
        using var factory = new FormulateWebFactory(
            new Dictionary<string, string?>(),
            // The API takes the engine in force on the assessment date from the registry.
            services => services.AddSingleton(new EngineRegistry([broken.Definition])));
        var key = (await factory.Services.GetRequiredService<ApiKeyStore>().CreateAsync("Test", "tests")).Key;
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyDefaults.HeaderName, key);

        var response = await client.PostAsync("/api/v1/estimates", ApiFixture.Json(new ProfileBuilder().Build()));

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("traceId");
        body.ShouldNotContain("NullReferenceException");
    }

    private sealed record FaultyCondition : Formulate.Engine.Questions.Conditions.Condition
    {
        public override bool Holds(Formulate.Engine.Questions.Conditions.IAnswerSource answers) => throw new InvalidOperationException("A fault nobody foresaw");

        public override IEnumerable<(string QuestionId, string Code)> References() => [];
    }
}
