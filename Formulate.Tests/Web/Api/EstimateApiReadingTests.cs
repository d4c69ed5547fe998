using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Formulate.Engine.Json;
using Formulate.Tests.Engine;

namespace Formulate.Tests.Web.Api;

/// <summary>How the estimate endpoint reads a body: what it accepts and how it words what it cannot read.</summary>
public sealed class EstimateApiReadingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task PostEstimate_AnswerGivenTwice_Returns400NamingIt()
    {
        var json = """{"assessmentDate": "2025-06-01", "answers": {"hygiene.need": "some", "hygiene.need": "none"}}""";

        var problem = await PostAsync(json);

        problem.Status.ShouldBe(HttpStatusCode.BadRequest);
        problem.Detail.ShouldBe("'hygiene.need' is given more than once; give each property once.");
        problem.Body.GetProperty("path").GetString().ShouldBe("$.answers['hygiene.need']");
    }

    [Fact]
    public async Task PostEstimate_AssessmentDateGivenTwice_Returns400NamingIt()
    {
        var problem = await PostAsync("""{"assessmentDate": "2025-06-01", "answers": {}, "AssessmentDate": "2026-06-01"}""");

        problem.Status.ShouldBe(HttpStatusCode.BadRequest);
        problem.Detail.ShouldBe("'AssessmentDate' is given more than once; give each property once.");
    }

    [Fact]
    public async Task PostEstimate_BodyStartsWithAByteOrderMark_IsEstimated()
    {
        using var client = api.Client(api.IssuedKey);
        var body = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(FormulateJson.Serialize(new ProfileBuilder().Build()))).ToArray();
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await client.PostAsync("/api/v1/estimates", content);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("""{"assessmentDate": "1 June 2025", "answers": {}}""", "assessmentDate must be the date of the assessment as a string in the form yyyy-mm-dd, such as \"2025-06-01\".")]
    [InlineData("""{"assessmentDate": null, "answers": {}}""", "assessmentDate must be the date of the assessment as a string in the form yyyy-mm-dd, such as \"2025-06-01\".")]
    [InlineData("""{"assessmentDate": "2025-06-01", "answers": ["yes"]}""", "answers must be an object of question id to answer code, such as {\"hygiene.need\": \"some\"}.")]
    [InlineData("""{"assessmentDate": "2025-06-01", "answers": {"person.eligibility_decided": true}}""", "The answer to 'person.eligibility_decided' must be an answer code as a string; GET /api/v1/question-set lists the codes each question takes.")]
    [InlineData("""{"assessmentDate": "2025-06-01", "questionSetVersion": 2025.1, "answers": {}}""", "questionSetVersion must be a string, such as \"2025.1\", or left out.")]
    [InlineData("""{"assessmentDate": "2025-06-01", "answers": {}, "surname": "Smith"}""", "'surname' is not part of a Needs Profile; send only assessmentDate, questionSetVersion and answers.")]
    [InlineData("""[]""", "Send a Needs Profile as a JSON object, with assessmentDate and answers.")]
    [InlineData("""{"answers": {}}""", "A Needs Profile needs assessmentDate; add it.")]
    [InlineData("""{}""", "A Needs Profile needs assessmentDate and answers; add them.")]
    public async Task PostEstimate_WrongShape_SaysWhatIsWrongWithoutNamingDotNetTypes(string json, string detail)
    {
        var problem = await PostAsync(json);

        problem.Status.ShouldBe(HttpStatusCode.BadRequest);
        problem.Detail.ShouldBe(detail);
        problem.Detail.ShouldNotContain("System.");
        problem.Detail.ShouldNotContain("Formulate.");
    }

    private async Task<ProblemResponse> PostAsync(string json)
    {
        using var client = api.Client(api.IssuedKey);
        return await ProblemResponse.ReadAsync(await client.PostAsync("/api/v1/estimates", ApiFixture.Json(json)));
    }
}
