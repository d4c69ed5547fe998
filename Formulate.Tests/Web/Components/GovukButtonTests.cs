using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Govuk;

namespace Formulate.Tests.Web.Components;

public class GovukButtonTests
{
    [Fact]
    public async Task Render_TextOnly_MatchesDefaultFixture()
    {
        var html = await Render.HtmlAsync<GovukButton>((nameof(GovukButton.Text), "Save and continue"));

        html.ShouldMatch(GovukFixture.Load("button", "default"));
    }

    [Fact]
    public async Task Render_Disabled_MatchesDisabledFixture()
    {
        var html = await Render.HtmlAsync<GovukButton>(
            (nameof(GovukButton.Text), "Disabled button"),
            (nameof(GovukButton.Disabled), true));

        html.ShouldMatch(GovukFixture.Load("button", "disabled"));
    }

    [Fact]
    public async Task Render_WithHref_MatchesLinkFixture()
    {
        var html = await Render.HtmlAsync<GovukButton>(
            (nameof(GovukButton.Text), "Link button"),
            (nameof(GovukButton.Href), "/"));

        html.ShouldMatch(GovukFixture.Load("button", "link"));
    }

    [Fact]
    public async Task Render_StartButton_MatchesStartFixture()
    {
        var html = await Render.HtmlAsync<GovukButton>(
            (nameof(GovukButton.Text), "Start now button"),
            (nameof(GovukButton.IsStartButton), true));

        html.ShouldMatch(GovukFixture.Load("button", "start"));
    }

    [Fact]
    public async Task Render_SecondaryWithName_MatchesSecondaryFixture()
    {
        var html = await Render.HtmlAsync<GovukButton>(
            (nameof(GovukButton.Text), "Secondary button"),
            (nameof(GovukButton.Name), "secondary"),
            (nameof(GovukButton.Classes), "govuk-button--secondary"));

        html.ShouldMatch(GovukFixture.Load("button", "secondary"));
    }

    [Fact]
    public async Task Render_WithValue_MatchesValueFixture()
    {
        var html = await Render.HtmlAsync<GovukButton>(
            (nameof(GovukButton.Text), "Submit"),
            (nameof(GovukButton.Value), "start"));

        html.ShouldMatch(GovukFixture.Load("button", "value"));
    }
}
