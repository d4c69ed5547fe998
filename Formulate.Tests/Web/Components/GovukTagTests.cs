using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Govuk;

namespace Formulate.Tests.Web.Components;

public class GovukTagTests
{
    [Theory]
    [InlineData("default", "Alpha", null)]
    [InlineData("grey", "Grey", "govuk-tag--grey")]
    [InlineData("green", "Green", "govuk-tag--green")]
    public async Task Render_TextAndColour_MatchesFixture(string fixtureName, string text, string? classes)
    {
        var html = await Render.HtmlAsync<GovukTag>(
            (nameof(GovukTag.Text), text),
            (nameof(GovukTag.Classes), classes));

        html.ShouldMatch(GovukFixture.Load("tag", fixtureName));
    }
}
