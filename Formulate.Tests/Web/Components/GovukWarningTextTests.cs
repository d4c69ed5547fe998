using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Govuk;

namespace Formulate.Tests.Web.Components;

public class GovukWarningTextTests
{
    [Fact]
    public async Task Render_Text_MatchesDefaultFixture()
    {
        var html = await Render.HtmlAsync<GovukWarningText>(
            (nameof(GovukWarningText.Text), "You can be fined up to £5,000 if you don’t register."));

        html.ShouldMatch(GovukFixture.Load("warning-text", "default"));
    }

    [Fact]
    public async Task Render_IconFallbackTextOnly_MatchesFallbackFixture()
    {
        var html = await Render.HtmlAsync<GovukWarningText>(
            (nameof(GovukWarningText.IconFallbackText), "Some custom fallback text"));

        html.ShouldMatch(GovukFixture.Load("warning-text", "icon fallback text only"));
    }

    [Fact]
    public async Task Render_ClassesAndHtml_MatchesFixtures()
    {
        var classesFixture = GovukFixture.Load("warning-text", "classes");
        var htmlFixture = GovukFixture.Load("warning-text", "html");

        var withClasses = await Render.HtmlAsync<GovukWarningText>(
            (nameof(GovukWarningText.Text), classesFixture.Option("text")),
            (nameof(GovukWarningText.Classes), classesFixture.Option("classes")));
        var withHtml = await Render.HtmlAsync<GovukWarningText>(
            (nameof(GovukWarningText.ChildContent), Render.Markup(htmlFixture.Option("html"))));

        withClasses.ShouldMatch(classesFixture);
        withHtml.ShouldMatch(htmlFixture);
    }
}
