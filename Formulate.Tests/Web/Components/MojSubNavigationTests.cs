using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Moj;

namespace Formulate.Tests.Web.Components;

// MOJ Frontend ships no fixtures; expected markup follows its sub-navigation template.njk.
public class MojSubNavigationTests
{
    [Fact]
    public async Task Render_ItemsWithActivePage_MarksOnlyActiveItemAsCurrent()
    {
        var html = await Render.HtmlAsync<MojSubNavigation>(
            (nameof(MojSubNavigation.Label), "Needs Profile"),
            (nameof(MojSubNavigation.Items), new MojSubNavigationItem[]
            {
                new("Answers", "/answers", Active: true),
                new("Estimate", "/estimate"),
            }));

        html.ShouldHaveShapeOf("""
            <nav class="moj-sub-navigation" aria-label="Needs Profile">
              <ul class="moj-sub-navigation__list">
                <li class="moj-sub-navigation__item">
                  <a class="moj-sub-navigation__link" aria-current="page" href="/answers">Answers</a>
                </li>
                <li class="moj-sub-navigation__item">
                  <a class="moj-sub-navigation__link" href="/estimate">Estimate</a>
                </li>
              </ul>
            </nav>
            """);
    }

    [Fact]
    public async Task Render_NoLabel_UsesMojDefaultLabel()
    {
        var html = await Render.HtmlAsync<MojSubNavigation>();

        html.ShouldHaveShapeOf("""
            <nav class="moj-sub-navigation" aria-label="Secondary navigation region">
              <ul class="moj-sub-navigation__list"></ul>
            </nav>
            """);
    }
}
