using System.Net;
using System.Text.Json;
using Formulate.Analysis.Accuracy;
using Formulate.Engine.Defaults;
using Formulate.Engine.Json;
using Formulate.Engine.Parameters;
using Formulate.Tests.Accuracy;
using Formulate.Tests.Web.Api;

namespace Formulate.Tests.Web.Accuracy;

public sealed class AccuracyApiTests(AccuracyApiFixture api) : IClassFixture<AccuracyApiFixture>
{
    [Fact]
    public async Task PostReport_ValidSample_ReturnsOverallGroupsOutliersAndBaseline()
    {
        using var client = api.Client();

        var response = await client.PostAsync("/api/v1/accuracy/reports?tolerance=20", AccuracyApiFixture.Csv(api.ValidCsv));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var report = FormulateJson.Deserialize<AccuracyReport>(await response.Content.ReadAsStringAsync())!;
        var expected = AccuracyReporter.Report(DefaultDefinitions.Definition, SyntheticSample.Generate(SampleFormat.MinRows, 11), 20m);
        report.TolerancePercent.ShouldBe(20m);
        report.Overall.ShouldBe(expected.Overall);
        report.Baseline.ShouldBe(expected.Baseline);
        report.ByLivingSituation.Count.ShouldBe(expected.ByLivingSituation.Count);
        report.Outliers.Select(outlier => outlier.CaseId).ShouldBe(expected.Outliers.Select(outlier => outlier.CaseId));
    }

    [Fact]
    public async Task PostCalibration_ValidSample_ReturnsDraftModelWithHeldOutFiguresAndDiff()
    {
        using var client = api.Client();

        var response = await client.PostAsync("/api/v1/accuracy/calibrations", AccuracyApiFixture.Csv(api.ValidCsv));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var model = FormulateJson.Deserialize<ParameterSet>(body.GetProperty("model").GetRawText())!;
        model.Kind.ShouldBe(ParameterSetKind.Model);
        model.Version.ShouldNotBe(DefaultDefinitions.Definition.Model.Version);
        ParameterSetLoader.Validate(model, ParameterSetKind.Model).Succeeded.ShouldBeTrue();
        var figures = body.GetProperty("figures");
        figures.GetProperty("heldOutAfter").GetProperty("pearson").GetDouble()
            .ShouldBeGreaterThan(figures.GetProperty("before").GetProperty("pearson").GetDouble());
        figures.GetProperty("improvesOnCurrent").GetBoolean().ShouldBeTrue();
        var heldOut = figures.GetProperty("heldOutAfter");
        heldOut.GetProperty("pearsonInterval").GetProperty("lower").GetDouble().ShouldBeLessThan(heldOut.GetProperty("pearson").GetDouble());
        heldOut.GetProperty("pearsonInterval").GetProperty("upper").GetDouble().ShouldBeGreaterThan(heldOut.GetProperty("pearson").GetDouble());
        body.GetProperty("changes").GetArrayLength().ShouldBeGreaterThan(0);
        foreach (var change in body.GetProperty("changes").EnumerateArray())
        {
            change.GetProperty("reason").GetString()!.ShouldMatch(@"^(Raised|Lowered) ");
            change.GetProperty("casesReading").GetInt32().ShouldBeInRange(0, body.GetProperty("casesFitted").GetInt32());
        }

        body.GetProperty("diff").GetProperty("changes").GetArrayLength().ShouldBe(body.GetProperty("changes").GetArrayLength());
        var fitted = body.GetProperty("casesFitted").GetInt32();
        fitted.ShouldBe(heldOut.GetProperty("count").GetInt32());
        body.GetProperty("casesCountingLess").GetInt32().ShouldBeInRange(1, fitted / 2);
    }

    [Fact]
    public async Task PostReport_BadRows_Returns422ListingEveryProblemWithRowAndColumn()
    {
        using var client = api.Client();
        var file = SampleFiles.Valid().Set(3, "mobility.walking", "flying").Set(9, SampleFormat.RateColumn(1), "-4");

        var problem = await ProblemResponse.ReadAsync(await client.PostAsync("/api/v1/accuracy/reports", AccuracyApiFixture.Csv(file.Text)));

        problem.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var errors = problem.Body.GetProperty("errors").EnumerateArray().ToList();
        errors.Count.ShouldBe(2);
        errors[0].GetProperty("row").GetInt32().ShouldBe(3);
        errors[0].GetProperty("column").GetString().ShouldBe("mobility.walking");
        errors[1].GetProperty("row").GetInt32().ShouldBe(9);
        errors[1].GetProperty("reason").GetString()!.ShouldContain("negative");
        problem.Detail.ShouldContain("nothing was imported");
    }

    [Fact]
    public async Task PostReport_EveryRowWrongTwice_ListsTheFirstHundredAndCountsTheRest()
    {
        using var client = api.Client();
        var file = SampleFiles.Valid();
        for (var row = 2; row <= SampleFormat.MinRows + 1; row++)
        {
            file.Set(row, "mobility.walking", "flying").Set(row, SampleFormat.RateColumn(1), "-4");
        }

        var problem = await ProblemResponse.ReadAsync(await client.PostAsync("/api/v1/accuracy/reports", AccuracyApiFixture.Csv(file.Text)));

        problem.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        problem.Body.GetProperty("errors").GetArrayLength().ShouldBe(100);
        problem.Body.GetProperty("errorsNotListed").GetInt32().ShouldBe((2 * SampleFormat.MinRows) - 100);
        problem.Detail.ShouldStartWith($"{2 * SampleFormat.MinRows} problems were found");
    }

    [Fact]
    public async Task PostReport_OversizedSample_SaysTheLimitAndHowToSplitIt()
    {
        using var client = api.Client();

        var problem = await ProblemResponse.ReadAsync(
            await client.PostAsync("/api/v1/accuracy/reports", AccuracyApiFixture.Csv(new byte[AccuracyApiFixture.MaxSampleBytes + 1])));

        problem.Status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        problem.Detail.ShouldStartWith("Send at most 400,000 bytes in one request");
        problem.Detail.ShouldContain("split it into files of whole rows under the limit, each starting with the header row");
    }

    [Fact]
    public async Task PostReport_NoKey_Returns401()
    {
        using var client = api.Factory.CreateClient();

        var response = await client.PostAsync("/api/v1/accuracy/reports", AccuracyApiFixture.Csv(api.ValidCsv));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task PostReport_ToleranceOutOfRange_Returns400()
    {
        using var client = api.Client();

        var problem = await ProblemResponse.ReadAsync(await client.PostAsync("/api/v1/accuracy/reports?tolerance=150", AccuracyApiFixture.Csv(api.ValidCsv)));

        problem.Status.ShouldBe(HttpStatusCode.BadRequest);
        problem.Detail.ShouldContain("0 to 100");
    }

    [Fact]
    public async Task PostReport_ToleranceNotANumber_Returns400SayingHowToWriteIt()
    {
        using var client = api.Client();

        var problem = await ProblemResponse.ReadAsync(await client.PostAsync("/api/v1/accuracy/reports?tolerance=abc", AccuracyApiFixture.Csv(api.ValidCsv)));

        problem.Status.ShouldBe(HttpStatusCode.BadRequest);
        problem.Detail.ShouldContain("tolerance");
        problem.Detail.ShouldContain("0 to 100");
    }

    [Theory]
    [InlineData("/api/v1/accuracy/reports")]
    [InlineData("/api/v1/accuracy/calibrations")]
    public async Task PostSample_NotCsvContentType_Returns415AskingForTheSampleFile(string path)
    {
        using var client = api.Client();
        using var content = new StringContent(api.ValidCsv, System.Text.Encoding.UTF8, "application/json");

        var problem = await ProblemResponse.ReadAsync(await client.PostAsync(path, content));

        problem.Status.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        problem.Detail.ShouldContain("text/csv");
        problem.Detail.ShouldNotContain("Needs Profile");
    }
}
