using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Govuk;

namespace Formulate.Tests.Web.Components;

public class GovukErrorMessageTests
{
    [Fact]
    public async Task Render_Text_PrefixesVisuallyHiddenError()
    {
        var html = await Render.HtmlAsync<GovukErrorMessage>(
            (nameof(GovukErrorMessage.Text), "Error message about full name goes here"));

        html.ShouldMatch(GovukFixture.Load("error-message", "default"));
    }

    [Fact]
    public async Task Render_WithId_MatchesIdFixture()
    {
        var html = await Render.HtmlAsync<GovukErrorMessage>(
            (nameof(GovukErrorMessage.Id), "my-error-message-id"),
            (nameof(GovukErrorMessage.Text), "This is an error message"));

        html.ShouldMatch(GovukFixture.Load("error-message", "id"));
    }

    [Fact]
    public async Task Render_EmptyVisuallyHiddenText_LeavesPrefixOut()
    {
        var html = await Render.HtmlAsync<GovukErrorMessage>(
            (nameof(GovukErrorMessage.Text), "There is an error on line 42"),
            (nameof(GovukErrorMessage.VisuallyHiddenText), ""));

        html.ShouldMatch(GovukFixture.Load("error-message", "visually hidden text removed"));
    }

    [Fact]
    public async Task Render_TranslatedMarkup_MatchesTranslatedFixture()
    {
        var fixture = GovukFixture.Load("error-message", "translated");

        var html = await Render.HtmlAsync<GovukErrorMessage>(
            (nameof(GovukErrorMessage.ChildContent), Render.Markup(fixture.Option("html"))),
            (nameof(GovukErrorMessage.VisuallyHiddenText), ""));

        html.ShouldMatch(fixture);
    }
}
