using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Govuk;

namespace Formulate.Tests.Web.Components;

public class GovukPanelTests
{
    [Fact]
    public async Task Render_TitleAndBodyMarkup_MatchesDefaultFixture()
    {
        var fixture = GovukFixture.Load("panel", "default");

        var html = await Render.HtmlAsync<GovukPanel>(
            (nameof(GovukPanel.TitleText), fixture.Option("titleHtml")),
            (nameof(GovukPanel.ChildContent), Render.Markup(fixture.Option("html"))));

        html.ShouldMatch(fixture);
    }

    [Fact]
    public async Task Render_TitleOnly_HasNoBody()
    {
        var html = await Render.HtmlAsync<GovukPanel>((nameof(GovukPanel.TitleText), "Application complete"));

        html.ShouldMatch(GovukFixture.Load("panel", "title with no body text"));
    }

    [Fact]
    public async Task Render_HeadingLevel2_UsesH2()
    {
        var html = await Render.HtmlAsync<GovukPanel>(
            (nameof(GovukPanel.TitleText), "Application complete"),
            (nameof(GovukPanel.HeadingLevel), 2),
            (nameof(GovukPanel.Text), "Your reference number: HDJ2123F"));

        html.ShouldMatch(GovukFixture.Load("panel", "custom heading level"));
    }
}
