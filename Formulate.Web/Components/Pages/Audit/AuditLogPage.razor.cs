using Formulate.Data.Audit;
using Formulate.Web.Audit;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Formulate.Web.Components.Pages.Audit;

public partial class AuditLogPage
{
    [Inject] private AuditLog Log { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;

    private string? _caseReference;
    private string? _user;
    private string? _action;
    private string? _from;
    private string? _to;
    private (string Field, string Message)? _dateError;
    private IReadOnlyList<string> _actions = [];
    private IReadOnlyList<AuditRow>? _rows;
    private bool _focusErrors;

    private string? DateErrorFor(string field) => _dateError is { } error && error.Field == field ? error.Message : null;

    private AuditQuery Query => AuditQueryString.Read(_caseReference, _user, _action, _from, _to);

    protected override async Task OnInitializedAsync()
    {
        _actions = await Log.ActionsAsync();
        _rows = await Log.SearchAsync(new AuditQuery());
    }

    private async Task SearchAsync()
    {
        _dateError = AuditQueryString.DateError(_from, _to);
        if (_dateError is null)
        {
            _rows = await Log.SearchAsync(Query);
        }
        else
        {
            _focusErrors = true;
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
