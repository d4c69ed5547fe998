using System.Net;
using Formulate.Tests.Web.Support;

namespace Formulate.Tests.Web.Audit;

public sealed class AuditAccessTests(FormulateWebFactory factory) : IClassFixture<FormulateWebFactory>
{
    [Fact]
    public async Task Export_Auditor_GetsCsvOfTheLog()
    {
        using var session = factory.NewSession();
        await session.SignInAsync("demo.auditor");

        var response = await session.Client.GetAsync("/audit/export.csv?user=system");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        (await response.Content.ReadAsStringAsync()).ShouldStartWith("\"Occurred at (UTC)\"");
    }

    [Theory]
    [InlineData("from=22/11/2026", "Enter the from date as a real date, like 2026-11-22")]
    [InlineData("to=tomorrow", "Enter the to date as a real date, like 2026-11-22")]
    [InlineData("from=2026-11-22&to=2026-11-01", "The from date must be the same as or before the to date")]
    public async Task Export_DatesThatCannotBeUsed_AnswersBadRequestSayingWhyInsteadOfExportingEverything(string query, string message)
    {
        using var session = factory.NewSession();
        await session.SignInAsync("demo.auditor");

        var response = await session.Client.GetAsync($"/audit/export.csv?user=system&{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldBe(message);
    }

    [Theory]
    [InlineData("demo.practitioner")]
    [InlineData("demo.manager")]
    public async Task Export_NotAnAuditor_IsSentToTheForbiddenPage(string userName)
    {
        using var session = factory.NewSession();
        await session.SignInAsync(userName);

        var response = await session.Client.GetAsync("/audit/export.csv");

        response.StatusCode.ShouldBe(HttpStatusCode.Found);
        response.Headers.Location!.AbsolutePath.ShouldBe("/forbidden");
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task AuditAddresses_AnyMethodButGet_IsNotServed(string method)
    {
        using var session = factory.NewSession();
        await session.SignInAsync("demo.auditor");

        foreach (var url in new[] { "/audit/export.csv", "/audit" })
        {
            var response = await session.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

            response.IsSuccessStatusCode.ShouldBeFalse($"{method} {url}");
        }
    }

    [Fact]
    public async Task AuditPage_Auditor_ListsEntriesWithBeforeAndAfter()
    {
        using var session = factory.NewSession();
        await session.SignInAsync("demo.auditor");

        var page = await session.GetPageAsync("/audit");

        page.Heading.ShouldBe("Audit log");
        // The grid reads its rows once the page connects (AuditLogBrowserTests opens an entry's before and after); the
        // count of what the search finds is there from the first response.
        page.Document.GetElementById("audit-entries").ShouldNotBeNull();
        var count = page.Document.GetElementById("audit-count")!.TextContent.Trim();
        count.ShouldMatch(@"^[\d,]+ entries$");
        int.Parse(count.Split(' ')[0].Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        page.Document.QuerySelector("#export")!.GetAttribute("href").ShouldBe("/audit/export.csv");
    }
}
