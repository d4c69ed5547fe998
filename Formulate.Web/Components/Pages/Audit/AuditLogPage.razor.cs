using Formulate.Data.Audit;
using Formulate.Engine.Text;
using Formulate.Web.Audit;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace Formulate.Web.Components.Pages.Audit;

public partial class AuditLogPage
{
    [Inject] private AuditLog Log { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;

    private MudDataGrid<AuditRow>? _grid;
    private string? _caseReference;
    private string? _user;
    private string? _action;
    private string? _from;
    private string? _to;
    private (string Field, string Message)? _dateError;
    private IReadOnlyList<string> _actions = [];
    // What the grid shows: the search last run, not what is being typed.
    private AuditQuery _searched = new();
    private int? _total;
    private bool _focusErrors;

    private string? DateErrorFor(string field) => _dateError is { } error && error.Field == field ? error.Message : null;

    private string CountText => _total switch
    {
        null => "",
        1 => "1 entry",
        { } total => $"{UkFormat.Count(total)} entries"
            + (total > AuditLog.MaximumRows ? $"; the export holds the newest {UkFormat.Count(AuditLog.MaximumRows)}, so narrow the search to export others" : ""),
    };

    protected override async Task OnInitializedAsync()
    {
        _actions = await Log.ActionsAsync();
        // The count is known before the page connects; the grid reads its rows once it has.
        _total = (await Log.PageAsync(_searched, AuditOrder.NewestFirst, 0, 1)).Total;
    }

    private async Task<GridData<AuditRow>> LoadAsync(GridState<AuditRow> state, CancellationToken cancellationToken)
    {
        var page = await Log.PageAsync(_searched, OrderOf(state), state.Page * state.PageSize, state.PageSize, cancellationToken);
        _total = page.Total;
        return new GridData<AuditRow> { Items = page.Rows, TotalItems = page.Total };
    }

    /// <summary>The grid's sort, as the log's query orders: a column's property name ends with the entry's field.</summary>
    internal static AuditOrder OrderOf(GridState<AuditRow> state)
    {
        if (state.SortDefinitions.FirstOrDefault() is not { } sort)
        {
            return AuditOrder.NewestFirst;
        }

        var by = sort.SortBy switch
        {
            var name when name.EndsWith(nameof(Data.Entities.AuditEntry.UserName), StringComparison.Ordinal) => AuditOrderBy.UserName,
            var name when name.EndsWith(nameof(Data.Entities.AuditEntry.Action), StringComparison.Ordinal) => AuditOrderBy.Action,
            _ => AuditOrderBy.OccurredAt,
        };
        return new AuditOrder(by, sort.Descending);
    }

    private async Task SearchAsync()
    {
        _dateError = AuditQueryString.DateError(_from, _to);
        if (_dateError is not null)
        {
            _focusErrors = true;
            return;
        }

        _searched = AuditQueryString.Read(_caseReference, _user, _action, _from, _to);
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusErrors)
        {
            _focusErrors = false;
            await JS.InvokeVoidAsync("formulate.focus", "error-summary");
        }
    }
}
