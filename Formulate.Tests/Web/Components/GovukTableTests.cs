using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Govuk;

namespace Formulate.Tests.Web.Components;

public class GovukTableTests
{
    private static readonly GovukTableCell[][] Rates =
    [
        ["January", GovukTableCell.Numeric("£85"), GovukTableCell.Numeric("£95")],
        ["February", GovukTableCell.Numeric("£75"), GovukTableCell.Numeric("£55")],
        ["March", GovukTableCell.Numeric("£165"), GovukTableCell.Numeric("£125")],
    ];

    [Fact]
    public async Task Render_RowsOnly_MatchesDefaultFixture()
    {
        var html = await Render.HtmlAsync<GovukTable>((nameof(GovukTable.Rows), Rates));

        html.ShouldMatch(GovukFixture.Load("table", "default"));
    }

    [Fact]
    public async Task Render_HeadCaptionAndRowHeaders_MatchesHeadAndCaptionFixture()
    {
        var html = await Render.HtmlAsync<GovukTable>(
            (nameof(GovukTable.Caption), "Caption 1: Months and rates"),
            (nameof(GovukTable.CaptionClasses), "govuk-table__caption--m"),
            (nameof(GovukTable.FirstCellIsHeader), true),
            (nameof(GovukTable.Head), new GovukTableCell[]
            {
                "Month you apply", GovukTableCell.Numeric("Rate for bicycles"), GovukTableCell.Numeric("Rate for vehicles"),
            }),
            (nameof(GovukTable.Rows), Rates));

        html.ShouldMatch(GovukFixture.Load("table", "with head and caption"));
    }

    [Fact]
    public async Task Render_FirstCellIsHeader_MatchesFirstCellIsHeaderFixture()
    {
        var html = await Render.HtmlAsync<GovukTable>(
            (nameof(GovukTable.FirstCellIsHeader), true),
            (nameof(GovukTable.Rows), Rates));

        html.ShouldMatch(GovukFixture.Load("table", "with firstCellIsHeader true"));
    }

    [Fact]
    public async Task Render_SmallTextClass_MatchesSmallTextFixture()
    {
        var html = await Render.HtmlAsync<GovukTable>(
            (nameof(GovukTable.Classes), "govuk-table--small-text-until-tablet"),
            (nameof(GovukTable.Rows), Rates));

        html.ShouldMatch(GovukFixture.Load("table", "with small text modifier for tables with a lot of data"));
    }
}
