using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Govuk;

namespace Formulate.Tests.Web.Components;

public class GovukFieldsetTests
{
    [Fact]
    public async Task Render_Legend_MatchesDefaultFixture()
    {
        var html = await Render.HtmlAsync<GovukFieldset>((nameof(GovukFieldset.Legend), "What is your address?"));

        html.ShouldMatch(GovukFixture.Load("fieldset", "default"));
    }

    [Fact]
    public async Task Render_LegendAsPageHeading_WrapsLegendInH1()
    {
        var html = await Render.HtmlAsync<GovukFieldset>(
            (nameof(GovukFieldset.Legend), "What is your address?"),
            (nameof(GovukFieldset.LegendClasses), "govuk-fieldset__legend--l"),
            (nameof(GovukFieldset.LegendIsPageHeading), true));

        html.ShouldMatch(GovukFixture.Load("fieldset", "as page heading l"));
    }

    [Fact]
    public async Task Render_ChildContent_MatchesHtmlContentFixture()
    {
        var fixture = GovukFixture.Load("fieldset", "html fieldset content");

        var html = await Render.HtmlAsync<GovukFieldset>(
            (nameof(GovukFieldset.Legend), "What is your address?"),
            (nameof(GovukFieldset.ChildContent), Render.Markup(fixture.Option("html"))));

        html.ShouldMatch(fixture);
    }

    [Fact]
    public async Task Render_DescribedBy_SetsAriaDescribedBy()
    {
        var html = await Render.HtmlAsync<GovukFieldset>(
            (nameof(GovukFieldset.Legend), "Which option?"),
            (nameof(GovukFieldset.DescribedBy), "test-target-element"));

        html.ShouldMatch(GovukFixture.Load("fieldset", "with describedBy"));
    }
}
