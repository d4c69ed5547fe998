using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Govuk;

namespace Formulate.Tests.Web.Components;

public class GovukBackLinkTests
{
    [Fact]
    public async Task Render_NoParameters_MatchesDefaultFixture()
    {
        var html = await Render.HtmlAsync<GovukBackLink>();

        html.ShouldMatch(GovukFixture.Load("back-link", "default"));
    }

    [Fact]
    public async Task Render_CustomTextAndHref_MatchesCustomFixture()
    {
        var html = await Render.HtmlAsync<GovukBackLink>(
            (nameof(GovukBackLink.Href), "/home"),
            (nameof(GovukBackLink.Text), "Back to home"));

        html.ShouldMatch(GovukFixture.Load("back-link", "with custom text and link"));
    }

    [Fact]
    public async Task Render_InverseClass_MatchesInverseFixture()
    {
        var html = await Render.HtmlAsync<GovukBackLink>((nameof(GovukBackLink.Classes), "govuk-back-link--inverse"));

        html.ShouldMatch(GovukFixture.Load("back-link", "inverse"));
    }
}
