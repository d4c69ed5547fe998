using Formulate.Web.People;
using Formulate.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using Formulate.Web.Components.Staff;
using MudBlazor;

namespace Formulate.Web.Components.Pages.People;

public partial class ChangePersonDetails
{
    [Inject] private PeopleService People { get; set; } = default!;
    [Inject] private CurrentUser User { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Parameter] public Guid PersonId { get; set; }

    private Formulate.Data.Entities.Person? _person;
    private bool _notFound;
    private NewPerson _form = new();
    private IReadOnlyList<FieldError> _errors = [];
    private bool _conflict;
    private bool _focusErrors;
    private bool _saving;
    private IReadOnlySet<string> _teams = new HashSet<string>();

    // The version the form was filled from: saving over anyone else's later change is refused.
    private int _version;

    private string PersonPath => $"/people/{PersonId}";

    protected override async Task OnParametersSetAsync()
    {
        _person = null;
        var found = await People.FindAsync(await User.PrincipalAsync(), PersonId);
        _notFound = found.Decision == CaseAccessDecision.NotFound;
        if (found.Decision == CaseAccessDecision.Forbidden)
        {
            Navigation.ToForbiddenPage();
            return;
        }

        if (found.Value is not { } record)
        {
            return;
        }

        _teams = await User.TeamsAsync();
        _form = NewPerson.From(record.Person);
        _version = record.Person.Version;
        _person = record.Person;
    }

    private async Task SaveAsync()
    {
        // A double click sends two submits; the second, on the version the first replaced, would report a conflict.
        if (_saving)
        {
            return;
        }

        _saving = true;
        var result = await People.ChangeDetailsAsync(await User.PrincipalAsync(), PersonId, _form, _version);
        _saving = false;
        switch (result.Status)
        {
            case ChangePersonStatus.Saved:
                Snackbar.Saved("Details updated");
                Navigation.NavigateTo($"{PersonPath}?{PersonPageQuery.DetailsUpdated}=true");
                return;
            case ChangePersonStatus.Forbidden:
                Navigation.ToForbiddenPage();
                return;
            case ChangePersonStatus.NotFound:
                _notFound = true;
                return;
        }

        // What was typed stays in the form, so nothing is lost while the problem is put right.
        _conflict = result.Status == ChangePersonStatus.Conflict;
        _errors = result.Errors;
        _focusErrors = true;
        Snackbar.Failed("The details were not saved: check the answers shown");
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
