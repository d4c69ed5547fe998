using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Govuk;

namespace Formulate.Tests.Web.Components;

public class GovukInputTests
{
    [Fact]
    public async Task Render_LabelAndName_MatchesDefaultFixture()
    {
        var html = await Render.HtmlAsync<GovukInput>(
            (nameof(GovukInput.Label), "National Insurance number"),
            (nameof(GovukInput.Name), "test-name"));

        html.ShouldMatch(GovukFixture.Load("input", "default"));
    }

    [Fact]
    public async Task Render_WithHint_MatchesHintFixture()
    {
        var fixture = GovukFixture.Load("input", "with hint text");

        var html = await Render.HtmlAsync<GovukInput>(
            (nameof(GovukInput.Label), "National insurance number"),
            (nameof(GovukInput.Hint), fixture.Option("hint", "text")),
            (nameof(GovukInput.Id), "input-with-hint-text"),
            (nameof(GovukInput.Name), "test-name-2"));

        html.ShouldMatch(fixture);
    }

    [Fact]
    public async Task Render_WithErrorMessage_MatchesErrorFixture()
    {
        var html = await Render.HtmlAsync<GovukInput>(
            (nameof(GovukInput.Label), "National Insurance number"),
            (nameof(GovukInput.Id), "input-with-error-message"),
            (nameof(GovukInput.Name), "test-name-3"),
            (nameof(GovukInput.ErrorMessage), "Enter a National Insurance number in the correct format"));

        html.ShouldMatch(GovukFixture.Load("input", "with error message"));
    }

    [Fact]
    public async Task Render_WithErrorAndHint_DescribedByHintThenError()
    {
        var fixture = GovukFixture.Load("input", "with error and hint");

        var html = await Render.HtmlAsync<GovukInput>(
            (nameof(GovukInput.Id), "with-error-hint"),
            (nameof(GovukInput.Name), "with-error-hint"),
            (nameof(GovukInput.Label), "National insurance number"),
            (nameof(GovukInput.ErrorMessage), fixture.Option("errorMessage", "text")),
            (nameof(GovukInput.Hint), fixture.Option("hint", "text")));

        html.ShouldMatch(fixture);
    }

    [Fact]
    public async Task Render_LabelAsPageHeading_MatchesPageHeadingFixture()
    {
        var html = await Render.HtmlAsync<GovukInput>(
            (nameof(GovukInput.Label), "National Insurance number"),
            (nameof(GovukInput.LabelClasses), "govuk-label--l"),
            (nameof(GovukInput.LabelIsPageHeading), true),
            (nameof(GovukInput.Id), "input-with-page-heading"),
            (nameof(GovukInput.Name), "test-name"));

        html.ShouldMatch(GovukFixture.Load("input", "with label as page heading"));
    }

    [Fact]
    public async Task Render_WithPrefixAndSuffix_MatchesPrefixSuffixFixture()
    {
        var html = await Render.HtmlAsync<GovukInput>(
            (nameof(GovukInput.Label), "Cost per item, in pounds"),
            (nameof(GovukInput.Id), "input-with-prefix-suffix"),
            (nameof(GovukInput.Name), "cost"),
            (nameof(GovukInput.Prefix), "£"),
            (nameof(GovukInput.Suffix), "per item"));

        html.ShouldMatch(GovukFixture.Load("input", "with prefix and suffix"));
    }

    [Fact]
    public async Task Render_WithValue_MatchesValueFixture()
    {
        var html = await Render.HtmlAsync<GovukInput>(
            (nameof(GovukInput.Id), "with-value"),
            (nameof(GovukInput.Name), "with-value"),
            (nameof(GovukInput.Label), "With value"),
            (nameof(GovukInput.Value), "QQ 12 34 56 C"));

        html.ShouldMatch(GovukFixture.Load("input", "value"));
    }

    [Fact]
    public async Task Render_WithInputModeAndWidth_MatchesFixtures()
    {
        var inputMode = await Render.HtmlAsync<GovukInput>(
            (nameof(GovukInput.Id), "with-inputmode"),
            (nameof(GovukInput.Name), "with-inputmode"),
            (nameof(GovukInput.Label), "With inputmode"),
            (nameof(GovukInput.InputMode), "decimal"));
        var widthFixture = GovukFixture.Load("input", "with width-2 class");
        var width = await Render.HtmlAsync<GovukInput>(
            (nameof(GovukInput.Label), "National insurance number"),
            (nameof(GovukInput.Hint), widthFixture.Option("hint", "text")),
            (nameof(GovukInput.Id), "input-width-2"),
            (nameof(GovukInput.Name), "test-width-2"),
            (nameof(GovukInput.Classes), "govuk-input--width-2"));

        inputMode.ShouldMatch(GovukFixture.Load("input", "inputmode"));
        width.ShouldMatch(widthFixture);
    }
}
