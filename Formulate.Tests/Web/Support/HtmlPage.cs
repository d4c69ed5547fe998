using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Formulate.Tests.Web.Support;

public sealed record HtmlPage(HttpResponseMessage Response, IDocument Document, string Url)
{
    public static async Task<HtmlPage> ReadAsync(HttpResponseMessage response, string url)
    {
        ArgumentNullException.ThrowIfNull(response);
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlPage(response, new HtmlParser().ParseDocument(html), url);
    }

    public string? Heading => Document.QuerySelector("h1")?.TextContent.Trim();

    public IReadOnlyList<string> ErrorSummary =>
        [.. Document.QuerySelectorAll(".govuk-error-summary__list li, .staff-error-summary__list li").Select(item => item.TextContent.Trim())];

    /// <summary>Inline error text by field id, without the visually hidden "Error:" (citizen pages and staff screens alike).</summary>
    public string? InlineError(string fieldId) =>
        Document.GetElementById($"{fieldId}-error")?.ChildNodes
            .Where(node => node is not IElement element || !element.ClassList.Contains("govuk-visually-hidden") && !element.ClassList.Contains("staff-visually-hidden"))
            .Select(node => node.TextContent)
            .Aggregate("", string.Concat)
            .Trim();
}
