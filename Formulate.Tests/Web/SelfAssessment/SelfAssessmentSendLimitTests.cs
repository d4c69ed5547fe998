using System.Net;
using AngleSharp.Html.Parser;
using Formulate.Tests.Web.Support;

namespace Formulate.Tests.Web.SelfAssessment;

/// <summary>
/// Each new request and each code asked for can send a message to the contact given, so one address may ask for only so
/// many an hour; the limit counts before the form is read, so it holds whatever is posted.
/// </summary>
public sealed class SelfAssessmentSendLimitTests : IDisposable
{
    private readonly FormulateWebFactory _factory = new(new Dictionary<string, string?>
    {
        ["Formulate:RateLimits:SelfAssessmentSendsPerHour"] = "2",
    });

    [Theory]
    [InlineData("/self-assessment/return")]
    [InlineData("/self-assessment/request")]
    public async Task Post_MoreThanTheHourAllowsFromOneAddress_Gets429PageSayingNothingIsLostAndWhenToTryAgain(string path)
    {
        using var session = _factory.NewSession();
        for (var attempt = 0; attempt < 2; attempt++)
        {
            (await session.Client.PostAsync(path, new FormUrlEncodedContent([]))).StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests);
        }

        var refused = await session.Client.PostAsync(path, new FormUrlEncodedContent([]));

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        var page = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        page.QuerySelector("h1")!.TextContent.ShouldBe("Too many codes asked for");
        page.Body!.TextContent.ShouldContain("Nothing you have already saved is lost");
        page.QuerySelector("main a")!.GetAttribute("href").ShouldBe("/self-assessment/return");
        (await session.Client.GetAsync("/self-assessment/return")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public void Dispose() => _factory.Dispose();
}
