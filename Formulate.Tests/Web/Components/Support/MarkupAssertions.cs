namespace Formulate.Tests.Web.Components.Support;

internal static class MarkupAssertions
{
    public static void ShouldHaveShapeOf(this string actualHtml, string expectedHtml) =>
        HtmlShape.Of(actualHtml).ShouldBe(HtmlShape.Of(expectedHtml));

    public static void ShouldMatch(this string actualHtml, GovukFixture fixture) =>
        HtmlShape.Of(actualHtml).ShouldBe(
            HtmlShape.Of(fixture.Html),
            $"govuk-frontend fixture '{fixture.Name}' of {fixture.Component}");
}
