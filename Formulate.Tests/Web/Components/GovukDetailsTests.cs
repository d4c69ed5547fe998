using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Govuk;

namespace Formulate.Tests.Web.Components;

public class GovukDetailsTests
{
    [Fact]
    public async Task Render_SummaryAndText_MatchesDefaultFixture()
    {
        var fixture = GovukFixture.Load("details", "default");

        var html = await Render.HtmlAsync<GovukDetails>(
            (nameof(GovukDetails.SummaryText), "Help with nationality"),
            (nameof(GovukDetails.Text), fixture.Option("text")));

        html.ShouldMatch(fixture);
    }

    [Fact]
    public async Task Render_OpenWithId_MatchesExpandedFixture()
    {
        var fixture = GovukFixture.Load("details", "expanded");

        var html = await Render.HtmlAsync<GovukDetails>(
            (nameof(GovukDetails.Id), "help-with-nationality"),
            (nameof(GovukDetails.SummaryText), "Help with nationality"),
            (nameof(GovukDetails.Text), fixture.Option("text")),
            (nameof(GovukDetails.Open), true));

        html.ShouldMatch(fixture);
    }

    [Fact]
    public async Task Render_ChildContent_MatchesHtmlFixture()
    {
        var fixture = GovukFixture.Load("details", "html");

        var html = await Render.HtmlAsync<GovukDetails>(
            (nameof(GovukDetails.SummaryText), fixture.Option("summaryText")),
            (nameof(GovukDetails.ChildContent), Render.Markup(fixture.Option("html"))));

        html.ShouldMatch(fixture);
    }
}
