using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Moj;

namespace Formulate.Tests.Web.Components;

// MOJ Frontend ships no fixtures; expected markup follows its badge template.njk.
public class MojBadgeTests
{
    [Fact]
    public async Task Render_TextAndColour_MatchesMojTemplate()
    {
        var html = await Render.HtmlAsync<MojBadge>(
            (nameof(MojBadge.Text), "Urgent"),
            (nameof(MojBadge.Classes), "moj-badge--red"));

        html.ShouldHaveShapeOf("""<span class="moj-badge moj-badge--red">Urgent</span>""");
    }
}
