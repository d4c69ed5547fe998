using System.Net;
using System.Text.Json;
using Formulate.Engine.Defaults;
using Formulate.Engine.Profiles;
using Formulate.Tests.Engine;

namespace Formulate.Tests.Web.Api;

public sealed class EstimateApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task PostEstimate_ValidProfile_ReturnsTheEnginesEstimate()
    {
        using var client = api.Client(api.IssuedKey);
        var profile = new ProfileBuilder().Build();

        var response = await client.PostAsync("/api/v1/estimates", ApiFixture.Json(profile));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var expected = EngineFixtures.Shipped.EstimateOrFail(profile);
        body.GetProperty("weeklyEstimate").GetDecimal().ShouldBe(expected.WeeklyEstimate);
        body.GetProperty("allocationSummary").GetArrayLength().ShouldBe(expected.AllocationSummary.Count);
        body.GetProperty("trace").ValueKind.ShouldBe(JsonValueKind.Object);
    }

    [Fact]
    public async Task PostEstimate_AboveTheCapUnderTheReferToPanelPolicy_GivesTheFullEstimateAndTheReferral()
    {
        using var client = api.Client(api.IssuedKey);

        var response = await client.PostAsync("/api/v1/estimates", ApiFixture.Json(WorkedCaseDataAttribute.Load("wc05").Profile));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        body.GetProperty("weeklyEstimate").GetDecimal().ShouldBe(3589.97m);
        body.GetProperty("adjustments").GetArrayLength().ShouldBe(0);
        var referral = body.GetProperty("panelReferral");
        referral.GetProperty("cap").GetDecimal().ShouldBe(1600m);
        referral.GetProperty("aboveCap").GetDecimal().ShouldBe(1989.97m);
        body.GetProperty("whatIfs").EnumerateArray().Single(w => w.GetProperty("id").GetString() == "without-unpaid-support")
            .GetProperty("panelReferral").GetProperty("aboveCap").GetDecimal().ShouldBe(1994.81m);
    }

    [Fact]
    public async Task PostEstimate_ChecklistPrediction_NamesEachDomainsDescriptorAndWhatWasNotAnswered()
    {
        using var client = api.Client(api.IssuedKey);
        var profile = new ProfileBuilder().With("health.any_needs", "yes").With("health.breathing", "managed")
            .With("health.breathing_device", "tracheostomy").Build();

        var response = await client.PostAsync("/api/v1/estimates", ApiFixture.Json(profile));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var chc = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("chc");
        var breathing = chc.GetProperty("domains")[0];
        breathing.GetProperty("level").GetString().ShouldBe("a");
        var descriptor = breathing.GetProperty("descriptor");
        descriptor.GetProperty("id").GetString().ShouldBe("chc.breathing.a.tracheostomy");
        descriptor.GetProperty("text").GetString().ShouldBe(
            "Is able to breathe independently through a tracheostomy that they can manage themselves, or with the support of carers or care workers.");
        descriptor.GetProperty("reference").GetString()!.ShouldContain("July 2022");
        breathing.GetProperty("unansweredQuestionIds").EnumerateArray().Select(id => id.GetString()).ShouldBe(["health.breathlessness"]);
        chc.GetProperty("recommendFullChecklist").GetBoolean().ShouldBeTrue();
        chc.GetProperty("trace").GetProperty("steps")[0].GetProperty("ruleId").GetString().ShouldBe("chc.breathing.a.tracheostomy");
    }

    [Fact]
    public async Task PostEstimate_UnknownQuestion_Returns422NamingIt()
    {
        var problem = await PostAsync(WithAnswers(answers => answers["no.such.question"] = "yes"));

        problem.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        problem.Errors.ShouldContain(error => error.Kind == "unknown-question" && error.QuestionId == "no.such.question");
    }

    [Fact]
    public async Task PostEstimate_AnswerNotOffered_Returns422NamingTheQuestion()
    {
        var question = DefaultDefinitions.Definition.Questions.Questions.First(q => q.Visibility is null);

        var problem = await PostAsync(WithAnswers(answers => answers[question.Id] = "not-an-answer"));

        problem.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        problem.Errors.ShouldContain(error => error.Kind == "answer-not-offered" && error.QuestionId == question.Id);
    }

    [Fact]
    public async Task PostEstimate_HiddenQuestionAnswered_Returns422NamingIt()
    {
        var profile = new ProfileBuilder().Build();
        var hidden = DefaultDefinitions.Definition.Questions.Questions.First(q => q.Visibility is not null && !profile.Answers.ContainsKey(q.Id));

        var problem = await PostAsync(WithAnswers(answers => answers[hidden.Id] = hidden.Answers[0].Code));

        problem.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        problem.Errors.ShouldContain(error => error.Kind == "answer-to-hidden-question" && error.QuestionId == hidden.Id);
    }

    [Fact]
    public async Task PostEstimate_RequiredAnswerMissing_Returns422ListingEveryProblem()
    {
        var required = DefaultDefinitions.Definition.Questions.Questions.Where(q => q.Visibility is null).Take(2).Select(q => q.Id).ToList();

        var problem = await PostAsync(WithAnswers(answers => required.ForEach(id => answers.Remove(id))));

        problem.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        problem.Errors.Where(error => error.Kind == "missing-required-answer").Select(error => error.QuestionId).ShouldBe(required, ignoreOrder: true);
        problem.Errors.ShouldAllBe(error => error.Message.Length > 0);
    }

    [Theory]
    [InlineData("{\"assessmentDate\": \"2025-06-01\", \"answers\": {", "$.answers")]
    [InlineData("not json at all", "$")]
    public async Task PostEstimate_UnparseableJson_Returns400SayingWhere(string json, string path)
    {
        var problem = await PostAsync(json);

        problem.Status.ShouldBe(HttpStatusCode.BadRequest);
        problem.Body.GetProperty("path").GetString().ShouldBe(path);
        problem.Body.GetProperty("line").GetInt64().ShouldBe(1);
        problem.Body.GetProperty("position").GetInt64().ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("{\"assessmentDate\": 20250601, \"answers\": {}}", "$.assessmentDate")]
    [InlineData("{\"assessmentDate\": \"1 June 2025\", \"answers\": {}}", "$.assessmentDate")]
    [InlineData("{\"assessmentDate\": \"2025-06-01\", \"answers\": [\"yes\"]}", "$.answers")]
    [InlineData("{\"assessmentDate\": \"2025-06-01\", \"answers\": {\"person.eligibility_decided\": true}}", "$.answers['person.eligibility_decided']")]
    [InlineData("[]", "$")]
    [InlineData("{\"answers\": {}}", "$")]
    [InlineData("{\"assessmentDate\": \"2025-06-01\", \"answers\": {}, \"surname\": \"Smith\"}", "$.surname")]
    public async Task PostEstimate_WrongJsonTypes_Returns400SayingWhere(string json, string path)
    {
        var problem = await PostAsync(json);

        problem.Status.ShouldBe(HttpStatusCode.BadRequest);
        problem.Body.GetProperty("path").GetString().ShouldBe(path);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{\"assessmentDate\": \"2025-06-01\", \"answers\": null}")]
    [InlineData("{\"assessmentDate\": \"2025-06-01\", \"answers\": {\"person.eligibility_decided\": null}}")]
    public async Task PostEstimate_Nulls_Returns400(string json)
    {
        var problem = await PostAsync(json);

        problem.Status.ShouldBe(HttpStatusCode.BadRequest);
        problem.Detail.ShouldContain("null");
    }

    [Fact]
    public async Task PostEstimate_EmptyBody_Returns400()
    {
        var problem = await PostAsync("");

        problem.Status.ShouldBe(HttpStatusCode.BadRequest);
        problem.Body.GetProperty("title").GetString().ShouldBe("The request body is empty");
    }

    [Fact]
    public async Task PostEstimate_MissingAssessmentDate_Returns422()
    {
        var profile = new ProfileBuilder().Build() with { AssessmentDate = default };

        var problem = await PostAsync(ApiFixture.Json(profile));

        problem.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        problem.Errors.ShouldContain(error => error.Kind == "missing-assessment-date");
    }

    [Fact]
    public async Task PostEstimate_NotJsonContentType_Returns415()
    {
        using var client = api.Client(api.IssuedKey);

        var response = await client.PostAsync("/api/v1/estimates", new StringContent("assessmentDate=2025-06-01"));

        var problem = await ProblemResponse.ReadAsync(response);
        problem.Status.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        problem.Detail.ShouldContain("application/json");
    }

    [Fact]
    public async Task PostEstimate_NoContentType_IsRefusedWithAProblem()
    {
        using var client = api.Client(api.IssuedKey);

        var response = await client.PostAsync("/api/v1/estimates", new ByteArrayContent("{}"u8.ToArray()));

        (await ProblemResponse.ReadAsync(response)).Status.ShouldBeOneOf(HttpStatusCode.UnsupportedMediaType, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task GetEstimates_WrongMethod_ReturnsProblem()
    {
        using var client = api.Client(api.IssuedKey);

        var problem = await ProblemResponse.ReadAsync(await client.GetAsync("/api/v1/estimates"));

        problem.Status.ShouldBeOneOf(HttpStatusCode.MethodNotAllowed, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PostEstimate_OversizedBody_Returns413()
    {
        var padding = new string(' ', 300 * 1024);

        var problem = await PostAsync($"{{{padding}\"assessmentDate\": \"2025-06-01\", \"answers\": {{}}}}");

        problem.Status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task PostEstimate_OversizedBody_SaysTheLimitAndHowToStayUnderIt()
    {
        var padding = new string(' ', 300 * 1024);

        var problem = await PostAsync($"{{{padding}\"assessmentDate\": \"2025-06-01\", \"answers\": {{}}}}");

        problem.Status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        problem.Detail.ShouldStartWith("Send at most 262,144 bytes in one request.");
        problem.Detail.ShouldContain("one request for each person");
    }

    [Fact]
    public async Task PostEstimate_TenThousandUnknownAnswers_ListsTheFirstHundredAndCountsTheRest()
    {
        var profile = new NeedsProfile
        {
            AssessmentDate = new DateOnly(2025, 6, 1),
            Answers = Enumerable.Range(0, 10_000).ToDictionary(i => $"made.up.{i}", _ => "x"),
        };
        var problems = EngineFixtures.Shipped.Estimate(profile).Problems.Count;
        using var client = api.Client(api.IssuedKey);

        var response = await client.PostAsync("/api/v1/estimates", ApiFixture.Json(profile));

        var size = (await response.Content.ReadAsByteArrayAsync()).Length;
        var problem = await ProblemResponse.ReadAsync(response);
        problem.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        problems.ShouldBeGreaterThanOrEqualTo(10_000);
        problem.Errors.Count.ShouldBe(100);
        problem.Errors[0].QuestionId.ShouldNotBeNull();
        problem.Body.GetProperty("errorsNotListed").GetInt32().ShouldBe(problems - 100);
        problem.Detail.ShouldStartWith($"{problems:N0} problems stop an estimate being made; errors lists the first 100;");
        size.ShouldBeLessThan(40_000);
    }

    [Fact]
    public async Task PostEstimate_OversizedBodyWithoutLength_Returns413()
    {
        using var client = api.Client(api.IssuedKey);
        var content = new UnknownLengthContent(new byte[300 * 1024]);
        content.Headers.ContentType = new("application/json");

        var response = await client.PostAsync("/api/v1/estimates", content);

        (await ProblemResponse.ReadAsync(response)).Status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    private async Task<ProblemResponse> PostAsync(string json) => await PostAsync(ApiFixture.Json(json));

    private async Task<ProblemResponse> PostAsync(NeedsProfile profile) => await PostAsync(ApiFixture.Json(profile));

    private async Task<ProblemResponse> PostAsync(HttpContent content)
    {
        using var client = api.Client(api.IssuedKey);
        return await ProblemResponse.ReadAsync(await client.PostAsync("/api/v1/estimates", content));
    }

    private static NeedsProfile WithAnswers(Action<Dictionary<string, string>> change)
    {
        var profile = new ProfileBuilder().Build();
        var answers = new Dictionary<string, string>(profile.Answers);
        change(answers);
        return profile with { Answers = answers };
    }
}
