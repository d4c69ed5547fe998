using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Govuk;

namespace Formulate.Tests.Web.Components;

public class GovukErrorSummaryTests
{
    [Fact]
    public async Task Render_ErrorsWithLinks_MatchesDefaultFixture()
    {
        var html = await Render.HtmlAsync<GovukErrorSummary>(
            (nameof(GovukErrorSummary.ErrorList), new GovukErrorSummaryItem[]
            {
                new("The date your passport was issued must be in the past", "#example-error-1"),
                new("Enter a postcode, like AA1 1AA", "#example-error-2"),
            }));

        html.ShouldMatch(GovukFixture.Load("error-summary", "default"));
    }

    [Fact]
    public async Task Render_ErrorWithoutLink_MatchesWithoutLinksFixture()
    {
        var html = await Render.HtmlAsync<GovukErrorSummary>(
            (nameof(GovukErrorSummary.ErrorList), new GovukErrorSummaryItem[] { new("Invalid username or password") }));

        html.ShouldMatch(GovukFixture.Load("error-summary", "without links"));
    }

    [Fact]
    public async Task Render_DescriptionAndMixedErrors_MatchesWithEverythingFixture()
    {
        var html = await Render.HtmlAsync<GovukErrorSummary>(
            (nameof(GovukErrorSummary.DescriptionText), "Please fix the errors below."),
            (nameof(GovukErrorSummary.ErrorList), new GovukErrorSummaryItem[]
            {
                new("Invalid username or password"),
                new("Agree to the terms of service to log in", "#example-error-1"),
            }));

        html.ShouldMatch(GovukFixture.Load("error-summary", "with everything"));
    }

    [Fact]
    public async Task Render_DescriptionOnly_MatchesDescriptionOnlyFixture()
    {
        var html = await Render.HtmlAsync<GovukErrorSummary>(
            (nameof(GovukErrorSummary.DescriptionText), "The file couldn't be loaded. Try again later."));

        html.ShouldMatch(GovukFixture.Load("error-summary", "with description only"));
    }

    [Fact]
    public async Task Render_AutoFocusDisabled_MatchesAutofocusDisabledFixture()
    {
        var fixture = GovukFixture.Load("error-summary", "autofocus disabled");

        var html = await Render.HtmlAsync<GovukErrorSummary>(
            (nameof(GovukErrorSummary.TitleText), fixture.Option("titleText")),
            (nameof(GovukErrorSummary.DisableAutoFocus), true));

        html.ShouldMatch(fixture);
    }
}
