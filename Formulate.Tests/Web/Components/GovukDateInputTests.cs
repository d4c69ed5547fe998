using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Govuk;

namespace Formulate.Tests.Web.Components;

public class GovukDateInputTests
{
    [Fact]
    public async Task Render_LegendAndHint_MatchesDefaultFixture()
    {
        var fixture = GovukFixture.Load("date-input", "default");

        var html = await Render.HtmlAsync<GovukDateInput>(
            (nameof(GovukDateInput.Id), "dob"),
            (nameof(GovukDateInput.Legend), "What is your date of birth?"),
            (nameof(GovukDateInput.Hint), fixture.Option("hint", "text")));

        html.ShouldMatch(fixture);
    }

    [Fact]
    public async Task Render_ItemsInError_MatchesErrorsOnlyFixture()
    {
        var html = await Render.HtmlAsync<GovukDateInput>(
            (nameof(GovukDateInput.Id), "dob-errors"),
            (nameof(GovukDateInput.Legend), "What is your date of birth?"),
            (nameof(GovukDateInput.ItemsHaveErrors), true));

        html.ShouldMatch(GovukFixture.Load("date-input", "with errors only"));
    }
}
