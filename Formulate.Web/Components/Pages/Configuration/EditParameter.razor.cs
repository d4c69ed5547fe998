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
        var (value, valueError) = ParameterGroups.IsYesNo(parameter)
            ? Value is "1" or "0" ? (decimal.Parse(Value, System.Globalization.CultureInfo.InvariantCulture), (string?)null) : (null, $"Select yes or no")
            : FormInput.Number(Value, "the new value", 0m, ParameterGroups.IsMoney(parameter) ? 100_000m : 10_000m);
        var (from, fromError) = FormInput.Date(FromDay, FromMonth, FromYear, "the date it applies from");
        _errors.Add("Value", valueError);
        _errors.Add("From", fromError, "#From-day");
        _errors.Add("Reference", string.IsNullOrWhiteSpace(Reference) ? "Enter the source or council decision that sets this value" : Reference.Length > DatedValue.MaxReferenceLength ? $"The source must be {DatedValue.MaxReferenceLength} characters or fewer" : null);
        if (_errors.Count > 0)
        {
            return;
        }

        var result = await Drafts.EditAsync(_kind.Value, set => ParameterSetEdits.WithValue(OptionalDecisions.Including(set, parameter.Key), parameter.Key, from!.Value, value!.Value, Reference!), UserName);
        if (!result.Succeeded)
        {
            _errors = [.. result.Errors.Select(e => new GovukErrorSummaryItem($"{e.Where}: {e.Message}".TrimStart(' ', ':')))];
            return;
        }

        Navigation.NavigateTo(_kind == ParameterSetKind.Configuration
            ? $"/configuration/rates?saved={Uri.EscapeDataString(parameter.Key)}#rate-{parameter.Key.Replace('.', '-').Replace('@', '-')}"
            : $"/configuration/versions/model/{result.Version!.Id}");
    }



    private string UserName => HttpContext.User.Identity?.Name ?? "";
}
