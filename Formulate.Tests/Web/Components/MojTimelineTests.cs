using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Moj;

namespace Formulate.Tests.Web.Components;

// MOJ Frontend ships no fixtures; expected markup follows its timeline template.njk and mojDate("datetime").
public class MojTimelineTests
{
    [Fact]
    public async Task Render_ItemWithByline_MatchesMojTemplate()
    {
        var html = await Render.HtmlAsync<MojTimeline>(
            (nameof(MojTimeline.Items), new MojTimelineItem[]
            {
                new()
                {
                    Label = "Estimate saved",
                    Byline = "Sam Smith",
                    Timestamp = new DateTimeOffset(2026, 1, 14, 14, 1, 0, TimeSpan.Zero),
                    Text = "Weekly personal budget of £412.50.",
                },
            }));

        html.ShouldHaveShapeOf("""
            <div class="moj-timeline">
              <div class="moj-timeline__item">
                <div class="moj-timeline__header">
                  <h2 class="moj-timeline__title">Estimate saved</h2>
                  <p class="moj-timeline__byline">by Sam Smith</p>
                </div>
                <p class="moj-timeline__date">
                  <time datetime="2026-01-14T14:01:00+00:00">14 January 2026 at 2:01pm</time>
                </p>
                <div class="moj-timeline__description">Weekly personal budget of £412.50.</div>
              </div>
            </div>
            """);
    }

    [Theory]
    [InlineData(9, 0, "9am")]
    [InlineData(12, 30, "12:30pm")]
    [InlineData(0, 5, "12:05am")]
    public void Time_HourAndMinute_WritesGovukStyle(int hour, int minute, string expected)
    {
        MojDate.Time(new DateTimeOffset(2026, 1, 1, hour, minute, 0, TimeSpan.Zero)).ShouldBe(expected);
    }
}
