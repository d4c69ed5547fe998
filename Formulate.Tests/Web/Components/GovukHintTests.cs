using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Govuk;

namespace Formulate.Tests.Web.Components;

public class GovukHintTests
{
    [Fact]
    public async Task Render_Text_MatchesDefaultFixture()
    {
        var fixture = GovukFixture.Load("hint", "default");

        var html = await Render.HtmlAsync<GovukHint>((nameof(GovukHint.Text), fixture.Option("text")));

        html.ShouldMatch(fixture);
    }

    [Fact]
    public async Task Render_WithId_MatchesIdFixture()
    {
        var fixture = GovukFixture.Load("hint", "id");

        var html = await Render.HtmlAsync<GovukHint>(
            (nameof(GovukHint.Id), "my-hint"),
            (nameof(GovukHint.Text), fixture.Option("text")));

        html.ShouldMatch(fixture);
    }
}
