using Formulate.Web.Configuration;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Formulate.Web.Components.Configuration;

public partial class ParameterGrid
{
    public const int PageSize = 10;

    /// <summary>Every row; the grid asks <see cref="ParameterRows.Query"/> for the page it shows.</summary>
    [Parameter, EditorRequired] public IReadOnlyList<ParameterRow> Rows { get; set; } = [];

    /// <summary>The row whose Change button was pressed.</summary>
    [Parameter] public EventCallback<ParameterRow> Change { get; set; }

    private MudDataGrid<ParameterRow>? _grid;
    private readonly HashSet<string> _open = new(StringComparer.Ordinal);
    private IReadOnlyList<ParameterRow>? _shown;
    private int _page;
    private int _total;

    private string? Area { get; set; }

    private string? Name { get; set; }

    private int PageCount => Math.Max(1, (_total + PageSize - 1) / PageSize);

    private string FoundText => _total == 1 ? "1 parameter found" : $"{_total} parameters found";

    protected override async Task OnParametersSetAsync()
    {
        if (_shown is not null && !ReferenceEquals(_shown, Rows) && _grid is not null)
        {
            // A saved change rebuilt the rows: show them, with the details that were open closed.
            _shown = Rows;
            _open.Clear();
            await _grid.CollapseAllHierarchy();
            await _grid.ReloadServerData();
        }

        _shown = Rows;
    }

    private Task<GridData<ParameterRow>> LoadAsync(GridState<ParameterRow> state, CancellationToken cancellationToken)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        var found = ParameterRows.Query(Rows, new ParameterQuery(Area, Name, SortOf(sort?.SortBy), sort?.Descending ?? false, _page, PageSize));
        _page = found.Page;
        _total = found.Total;
        // The count above the grid and the pager below it say what this load found.
        StateHasChanged();
        return Task.FromResult(new GridData<ParameterRow> { Items = found.Items, TotalItems = found.Total });
    }

    private static ParameterSort? SortOf(string? column) => column switch
    {
        nameof(ParameterRow.Label) => ParameterSort.Name,
        nameof(ParameterRow.Area) => ParameterSort.Area,
        nameof(ParameterRow.SortValue) => ParameterSort.Value,
        nameof(ParameterRow.WarningCount) => ParameterSort.Warnings,
        _ => null,
    };

    private async Task AreaChangedAsync(ChangeEventArgs e)
    {
        Area = e.Value?.ToString() is { Length: > 0 } area ? area : null;
        await ReloadFromFirstPageAsync();
    }

    private async Task NameChangedAsync(string? name)
    {
        Name = string.IsNullOrWhiteSpace(name) ? null : name;
        await ReloadFromFirstPageAsync();
    }

    private async Task ReloadFromFirstPageAsync()
    {
        await GoToAsync(0);
    }

    private async Task GoToAsync(int page)
    {
        _page = page;
        _open.Clear();
        if (_grid is not null)
        {
            await _grid.CollapseAllHierarchy();
            await _grid.ReloadServerData();
        }
    }

    private async Task ToggleAsync(ParameterRow row)
    {
        if (!_open.Remove(row.Key))
        {
            _open.Add(row.Key);
        }

        if (_grid is not null)
        {
            await _grid.ToggleHierarchyVisibilityAsync(row);
        }
    }
}
