using Formulate.Data.Parameters;
using Formulate.Engine.Parameters;
using Formulate.Web.Components.Govuk;
using Formulate.Web.Configuration;
using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Pages.Configuration;

public partial class EditParameter
{
    [Inject] private ConfigurationDrafts Drafts { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Parameter] public string KindSlug { get; set; } = "";
    [SupplyParameterFromQuery(Name = "key")] private string? QueryKey { get; set; }
    [SupplyParameterFromForm(FormName = "edit-parameter", Name = "key")] private string? FormKey { get; set; }
    [SupplyParameterFromForm(FormName = "edit-parameter")] private string? Value { get; set; }
    [SupplyParameterFromForm(FormName = "edit-parameter", Name = "From-day")] private string? FromDay { get; set; }
    [SupplyParameterFromForm(FormName = "edit-parameter", Name = "From-month")] private string? FromMonth { get; set; }
    [SupplyParameterFromForm(FormName = "edit-parameter", Name = "From-year")] private string? FromYear { get; set; }
    [SupplyParameterFromForm(FormName = "edit-parameter")] private string? Reference { get; set; }
    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    private ParameterSetKind? _kind;
    private DraftEdit _edit = default!;
    private Parameter? _parameter;
    private FormErrors _errors = [];

    private string? Key => FormKey ?? QueryKey;

    private string BackHref => _kind == ParameterSetKind.Model ? "/configuration/rates#model-decisions" : "/configuration/rates";

    protected override async Task OnInitializedAsync()
    {
        _kind = ParameterSetKindNames.FromSlug(KindSlug);
        if (_kind is null || Key is null)
        {
            return;
        }

        _edit = await Drafts.CurrentAsync(_kind.Value);
        _parameter = _edit.Set.Find(Key) ?? (_kind == ParameterSetKind.Configuration ? OptionalDecisions.Find(Key) : null);
        if (HttpMethods.IsGet(HttpContext.Request.Method) && _parameter is not null)
        {
            var today = Drafts.Today;
            FromDay ??= today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture);
            FromMonth ??= today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture);
            FromYear ??= today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private async Task SaveAsync()
    {
        if (_kind is null || _parameter is null)
        {
            return;
        }

        var parameter = _parameter;
        var (errors, value, from) = new ParameterValueForm(Value, FromDay, FromMonth, FromYear, Reference).Check(parameter);
        _errors = errors;
        if (_errors.Count > 0)
        {
            return;
        }

        var result = await Drafts.EditAsync(_kind.Value, ParameterValueForm.Edit(parameter.Key, from, value, Reference!), UserName);
        if (!result.Succeeded)
        {
            _errors = ParameterValueForm.Refused(result);
            return;
        }

        Navigation.NavigateTo(_kind == ParameterSetKind.Configuration
            ? $"/configuration/rates?saved={Uri.EscapeDataString(parameter.Key)}#rate-{parameter.Key.Replace('.', '-').Replace('@', '-')}"
            : $"/configuration/versions/model/{result.Version!.Id}");
    }



    private string UserName => HttpContext.User.Identity?.Name ?? "";
}
