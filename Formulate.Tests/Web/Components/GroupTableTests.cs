using AngleSharp.Html.Parser;
using Formulate.Analysis.Accuracy;
using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Accuracy;

namespace Formulate.Tests.Web.Components;

public class GroupTableTests
{
    [Fact]
    public async Task Render_GroupsOfDifferentSizes_ShowsEachPearsonWithItsInterval()
    {
        GroupFigures[] groups =
        [
            new() { Group = "own_home", Label = "Own home", Figures = new AccuracyFigures { Count = 70, Pearson = 0.9, MeanAbsoluteError = 12.5m } },
            new() { Group = "shared_lives", Label = "Shared Lives", Figures = new AccuracyFigures { Count = 3, Pearson = 0.5, MeanAbsoluteError = 40m } },
        ];

        var html = await Render.HtmlAsync<GroupTable>(
            (nameof(GroupTable.Id), "groups"),
            (nameof(GroupTable.Caption), "By living situation"),
            (nameof(GroupTable.Groups), groups));
        var document = new HtmlParser().ParseDocument(html);

        document.QuerySelectorAll("#groups thead th").Select(th => th.TextContent).ShouldContain("Pearson, 95% interval");
        var rows = document.QuerySelectorAll("#groups tbody tr").Select(row => row.QuerySelectorAll("td").Select(td => td.TextContent).ToList()).ToList();
        rows[0][1].ShouldBe("0.900");
        rows[0][2].ShouldBe("0.843 to 0.937");
        rows[1][2].ShouldBe("Not measurable");
    }
}
