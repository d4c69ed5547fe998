using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Govuk;

namespace Formulate.Tests.Web.Components;

public class GovukSummaryListTests
{
    [Fact]
    public async Task Render_RowsWithoutActions_MatchesDefaultFixture()
    {
        var fixture = GovukFixture.Load("summary-list", "default");

        var html = await Render.HtmlAsync<GovukSummaryList>((nameof(GovukSummaryList.Rows), PersonRows(fixture)));

        html.ShouldMatch(fixture);
    }

    [Fact]
    public async Task Render_NoBorderClass_MatchesNoBorderFixture()
    {
        var fixture = GovukFixture.Load("summary-list", "no-border");

        var html = await Render.HtmlAsync<GovukSummaryList>(
            (nameof(GovukSummaryList.Rows), PersonRows(fixture)),
            (nameof(GovukSummaryList.Classes), "govuk-summary-list--no-border"));

        html.ShouldMatch(fixture);
    }

    [Fact]
    public async Task Render_EveryRowWithActions_MatchesWithActionsFixture()
    {
        var fixture = GovukFixture.Load("summary-list", "with actions");
        var rows = PersonRows(fixture);
        rows[0] = rows[0] with { Actions = [new("#", "Edit", "name"), new("#", "Delete", "name")] };
        rows[1] = rows[1] with { Actions = [new("#", "Change", "date of birth")] };
        rows[2] = rows[2] with { Actions = [new("#", "Edit", "contact information"), new("#", "Change", "contact information")] };

        var html = await Render.HtmlAsync<GovukSummaryList>((nameof(GovukSummaryList.Rows), rows));

        html.ShouldMatch(fixture);
    }

    [Fact]
    public async Task Render_SomeRowsWithActions_MarksOtherRowsNoActions()
    {
        var fixture = GovukFixture.Load("summary-list", "with some actions");
        var rows = PersonRows(fixture);
        rows[0] = rows[0] with { Actions = [new("#", "Edit", "name"), new("#", "Delete", "name")] };

        var html = await Render.HtmlAsync<GovukSummaryList>((nameof(GovukSummaryList.Rows), rows));

        html.ShouldMatch(fixture);
    }

    [Fact]
    public async Task Render_AsCardWithActions_MatchesSummaryCardFixture()
    {
        var html = await Render.HtmlAsync<GovukSummaryList>(
            (nameof(GovukSummaryList.CardTitle), "Undergraduate teaching assistant"),
            (nameof(GovukSummaryList.CardActions), new GovukSummaryListAction[]
            {
                new("#", "Delete job history"),
                new("#", "Withdraw job history"),
            }),
            (nameof(GovukSummaryList.Rows), new GovukSummaryListRow[]
            {
                new() { Key = "Name", Value = "Firstname Lastname" },
                new() { Key = "Date of birth", Value = "13/08/1980" },
            }));

        html.ShouldMatch(GovukFixture.Load("summary-list", "as a summary card with actions"));
    }

    private static GovukSummaryListRow[] PersonRows(GovukFixture fixture) =>
    [
        new() { Key = "Name", Value = "Firstname Lastname" },
        new() { Key = "Date of birth", Value = "13/08/1980" },
        new() { Key = "Contact information", ValueContent = Render.Markup(fixture.Option("rows", 2, "value", "html")) },
    ];
}
