using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Govuk;

namespace Formulate.Tests.Web.Components;

public class GovukNotificationBannerTests
{
    [Fact]
    public async Task Render_TextOnly_MatchesDefaultFixture()
    {
        var html = await Render.HtmlAsync<GovukNotificationBanner>(
            (nameof(GovukNotificationBanner.Text), "This publication was withdrawn on 7 March 2014."));

        html.ShouldMatch(GovukFixture.Load("notification-banner", "default"));
    }

    [Fact]
    public async Task Render_SuccessType_UsesAlertRoleAndSuccessTitle()
    {
        var html = await Render.HtmlAsync<GovukNotificationBanner>(
            (nameof(GovukNotificationBanner.Type), "success"),
            (nameof(GovukNotificationBanner.Text), "Email sent to example@email.com"));

        html.ShouldMatch(GovukFixture.Load("notification-banner", "with type as success"));
    }

    [Fact]
    public async Task Render_CustomTitle_MatchesCustomTitleFixture()
    {
        var html = await Render.HtmlAsync<GovukNotificationBanner>(
            (nameof(GovukNotificationBanner.TitleText), "Important information"),
            (nameof(GovukNotificationBanner.Text), "This publication was withdrawn on 7 March 2014."));

        html.ShouldMatch(GovukFixture.Load("notification-banner", "custom title"));
    }

    [Fact]
    public async Task Render_ChildContent_MatchesTextAsHtmlFixture()
    {
        var fixture = GovukFixture.Load("notification-banner", "with text as html");

        var html = await Render.HtmlAsync<GovukNotificationBanner>(
            (nameof(GovukNotificationBanner.ChildContent), Render.Markup(fixture.Option("html"))));

        html.ShouldMatch(fixture);
    }
}
