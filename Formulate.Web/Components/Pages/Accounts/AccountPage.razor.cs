using System.Globalization;
using Formulate.Data.Entities;
using Formulate.Web.Accounts;
using Formulate.Web.People;
using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Pages.Accounts;

public partial class AccountPage
{
    [Inject] private AccountAdministration Accounts { get; set; } = default!;
    [Inject] private PeopleService People { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Parameter] public string? Id { get; set; }

    [SupplyParameterFromQuery(Name = "done")] private string? Done { get; set; }

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "details", Name = "Version")] private int? DetailsVersion { get; set; }
    [SupplyParameterFromForm(FormName = "details")] private string? DisplayName { get; set; }
    [SupplyParameterFromForm(FormName = "details")] private string? Team { get; set; }
    [SupplyParameterFromForm(FormName = "details")] private string? NewTeam { get; set; }
    [SupplyParameterFromForm(FormName = "details")] private string[]? Roles { get; set; }
    [SupplyParameterFromForm(FormName = "status", Name = "Version")] private int? StatusVersion { get; set; }
    [SupplyParameterFromForm(FormName = "status")] private bool? Active { get; set; }
    [SupplyParameterFromForm(FormName = "password", Name = "Version")] private int? PasswordVersion { get; set; }
    [SupplyParameterFromForm(FormName = "unlock", Name = "Version")] private int? UnlockVersion { get; set; }

    private Guid _id;
    private UserAccount? _account;
    private AccountForm _form = new();
    private IReadOnlyList<FieldError> _errors = [];
    private IReadOnlyList<string> _teams = [];
    private string? _password;

    private string VersionText => _account!.Version.ToString(CultureInfo.InvariantCulture);

    private string? Banner => Done switch
    {
        "details" => $"Changes to {_account!.DisplayName}'s account saved. They apply from their next click, without signing in again.",
        "deactivated" => $"{_account!.DisplayName}'s account is deactivated. They are signed out and cannot sign in until it is reactivated.",
        "reactivated" => $"{_account!.DisplayName}'s account is reactivated. They can sign in again with their password.",
        "unlocked" => $"{_account!.DisplayName}'s account is unlocked. They can sign in again now.",
        _ => null,
    };

    protected override async Task OnInitializedAsync()
    {
        // The page can carry a new password, which must not stay in any cache.
        HttpContext.Response.Headers.CacheControl = "no-store";
        if (!Guid.TryParse(Id, out _id) || await Accounts.FindAsync(_id, HttpContext.RequestAborted) is not { } account)
        {
            return;
        }

        await ShowAsync(account);
        if (DetailsVersion is not null)
        {
            // What was typed stays in the form while any problem is put right.
            _form = new AccountForm { DisplayName = DisplayName, Team = Team, NewTeam = NewTeam, Roles = Roles ?? [] };
        }
    }

    private async Task ShowAsync(UserAccount account)
    {
        _account = account;
        _form = AccountForm.From(account);
        var teams = await People.ListTeamsAsync(HttpContext.RequestAborted);
        _teams = account.Team is { } team && !teams.Contains(team) ? [.. teams.Append(team).Order(StringComparer.Ordinal)] : teams;
    }

    private Task ChangeDetailsAsync() => ApplyAsync(
        Accounts.ChangeDetailsAsync(_id, DetailsVersion ?? -1, _form, _teams, Administrator, HttpContext.RequestAborted), "details", keepForm: true);

    private Task SetActiveAsync()
    {
        var active = Active ?? false;
        return ApplyAsync(
            Accounts.SetActiveAsync(_id, StatusVersion ?? -1, active, Administrator, HttpContext.RequestAborted), active ? "reactivated" : "deactivated");
    }

    private async Task ResetPasswordAsync()
    {
        var result = await Accounts.ResetPasswordAsync(_id, PasswordVersion ?? -1, Administrator, HttpContext.RequestAborted);
        if (result.Status == AccountChangeStatus.Saved)
        {
            await ShowAsync(result.Account!);
            _password = result.Password;
            return;
        }

        await RefuseAsync(result, keepForm: false);
    }

    private Task UnlockAsync() =>
        ApplyAsync(Accounts.UnlockAsync(_id, UnlockVersion ?? -1, Administrator, HttpContext.RequestAborted), "unlocked");

    private async Task ApplyAsync(Task<AccountChangeResult> change, string done, bool keepForm = false)
    {
        var result = await change;
        if (result.Status == AccountChangeStatus.Saved)
        {
            Navigation.NavigateTo($"/accounts/{_id}?done={done}");
            return;
        }

        await RefuseAsync(result, keepForm);
    }

    private async Task RefuseAsync(AccountChangeResult result, bool keepForm)
    {
        var typed = _form;
        if (await Accounts.FindAsync(_id, HttpContext.RequestAborted) is not { } current)
        {
            _account = null;
            return;
        }

        await ShowAsync(current);
        if (keepForm)
        {
            _form = typed;
        }

        _errors = result.Status == AccountChangeStatus.Conflict
            ? [new FieldError(keepForm ? "DisplayName" : "", AccountChangeResult.ConflictMessage)]
            : result.Problems;
    }

    private AccountAdministrator Administrator => AccountAdministrator.Of(HttpContext.User);
}
