using System.Linq.Expressions;
using Bunit;
using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Staff;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Formulate.Tests.Web.Components;

/// <summary>The casework grids ask the server for every page, order and filter, and show what it answers in that order.</summary>
public sealed class StaffDataGridTests : StaffComponentTest
{
    private readonly List<GridState<Row>> _asked = [];
    private string? _filter;

    public sealed record Row(string Name, string Team);

    private static readonly IReadOnlyList<Row> People =
        [new("Ada Thornton", "North"), new("Ravi Chandra", "South"), new("Margaret O'Neill", "North")];

    [Fact]
    public void Render_Interactive_SortButtonAsksTheServerForThatColumnAscendingThenDescending()
    {
        Context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Context.Render<MudPopoverProvider>();
        var grid = RenderGrid();
        grid.WaitForAssertion(() => _asked.Count.ShouldBe(1));
        _asked[0].SortDefinitions.ShouldBeEmpty();

        SortButton(grid, "Name").Click();
        grid.WaitForAssertion(() => _asked.Count.ShouldBe(2));
        SortButton(grid, "Name").Click();
        grid.WaitForAssertion(() => _asked.Count.ShouldBe(3));

        _asked[1].SortDefinitions.Single().ShouldSatisfyAllConditions(
            sort => sort.SortBy.ShouldBe(nameof(Row.Name)), sort => sort.Descending.ShouldBeFalse());
        _asked[2].SortDefinitions.Single().ShouldSatisfyAllConditions(
            sort => sort.SortBy.ShouldBe(nameof(Row.Name)), sort => sort.Descending.ShouldBeTrue());
        grid.WaitForAssertion(() => Names(grid).ShouldBe(["Ravi Chandra", "Margaret O'Neill", "Ada Thornton"]));
    }

    [Fact]
    public void ReloadAsync_FilterOutsideTheGridChanged_AsksTheServerAgainFromTheFirstPageAndShowsOnlyWhatMatches()
    {
        Context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Context.Render<MudPopoverProvider>();
        var grid = RenderGrid();
        grid.WaitForAssertion(() => Names(grid).Count.ShouldBe(3));

        _filter = "North";
        grid.InvokeAsync(() => grid.Instance.ReloadAsync());

        grid.WaitForAssertion(() => Names(grid).ShouldBe(["Ada Thornton", "Margaret O'Neill"]));
        _asked[^1].Page.ShouldBe(0);
    }

    [Fact]
    public void Render_BeforeConnecting_ShowsTheFirstPageTheServerGivesAndItsTotal()
    {
        Context.SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        var totals = new List<int>();
        var grid = RenderGrid(totals);

        Names(grid).ShouldBe(["Ada Thornton", "Ravi Chandra", "Margaret O'Neill"]);
        _asked.ShouldHaveSingleItem().ShouldSatisfyAllConditions(state => state.Page.ShouldBe(0), state => state.PageSize.ShouldBe(25));
        totals.ShouldBe([3]);
        grid.Find("#people").GetAttribute("role").ShouldBe("region");
        grid.Find("#people").GetAttribute("aria-label").ShouldBe("People on your caseload");
    }

    private IRenderedComponent<StaffDataGrid<Row>> RenderGrid(List<int>? totals = null) =>
        Context.Render<StaffDataGrid<Row>>(parameters => parameters
            .Add(grid => grid.Id, "people")
            .Add(grid => grid.Label, "People on your caseload")
            .Add(grid => grid.ServerData, LoadAsync)
            .Add(grid => grid.Columns, Columns)
            .Add(grid => grid.TotalChanged, EventCallback.Factory.Create<int>(this, total => totals?.Add(total))));

    private Task<GridData<Row>> LoadAsync(GridState<Row> state, CancellationToken cancellationToken)
    {
        _asked.Add(state);
        IEnumerable<Row> rows = People.Where(p => _filter is null || p.Team == _filter);
        if (state.SortDefinitions.FirstOrDefault() is { SortBy: nameof(Row.Name) } sort)
        {
            rows = sort.Descending ? rows.OrderByDescending(p => p.Name, StringComparer.Ordinal) : rows.OrderBy(p => p.Name, StringComparer.Ordinal);
        }

        var list = rows.ToList();
        return Task.FromResult(new GridData<Row> { Items = list.Skip(state.Page * state.PageSize).Take(state.PageSize), TotalItems = list.Count });
    }

    private static void Columns(RenderTreeBuilder builder)
    {
        builder.AddContent(0, Column(row => row.Name, "Name"));
        builder.AddContent(1, Column(row => row.Team, "Team"));
    }

    private static RenderFragment Column(Expression<Func<Row, string>> property, string title) => builder =>
    {
        builder.OpenComponent<PropertyColumn<Row, string>>(0);
        builder.AddAttribute(1, nameof(PropertyColumn<Row, string>.Property), property);
        builder.AddAttribute(2, nameof(PropertyColumn<Row, string>.Title), title);
        builder.CloseComponent();
    };

    private static AngleSharp.Dom.IElement SortButton(IRenderedComponent<StaffDataGrid<Row>> grid, string column) =>
        grid.FindAll("th").Single(th => th.TextContent.Contains(column, StringComparison.Ordinal)).QuerySelector(".sort-direction-icon")!;

    private static List<string> Names(IRenderedComponent<StaffDataGrid<Row>> grid) =>
        [.. grid.FindAll("tbody tr td:first-child").Select(td => td.TextContent.Trim())];
}
