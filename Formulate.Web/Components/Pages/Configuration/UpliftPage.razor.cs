using Formulate.Analysis.Text;
using Formulate.Data.Parameters;
using Formulate.Engine.Parameters;
using Formulate.Web.Components.Govuk;
using Formulate.Web.Configuration;
using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Pages.Configuration;

public partial class UpliftPage
{
    [Inject] private ConfigurationDrafts Drafts { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "uplift")] private string? Percent { get; set; }
    [SupplyParameterFromForm(FormName = "uplift", Name = "From-day")] private string? FromDay { get; set; }
    [SupplyParameterFromForm(FormName = "uplift", Name = "From-month")] private string? FromMonth { get; set; }
    [SupplyParameterFromForm(FormName = "uplift", Name = "From-year")] private string? FromYear { get; set; }
    [SupplyParameterFromForm(FormName = "uplift")] private string? Reference { get; set; }
    [SupplyParameterFromForm(FormName = "uplift")] private string[]? Keys { get; set; }
    /// <summary>The draft as the form was shown: an uplift is a percentage of the rate then, so posting the form again would raise it twice.</summary>
    [SupplyParameterFromForm(FormName = "uplift")] private string? DraftVersion { get; set; }

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    private DraftEdit _edit = default!;
    private FormErrors _errors = [];
    private Formulate.Data.Entities.ParameterSetVersion? _applied;
    private IReadOnlyList<UpliftLine> _lines = [];
    private DateOnly? _from;

    protected override async Task OnInitializedAsync()
    {
        _edit = await Drafts.CurrentAsync(ParameterSetKind.Configuration);
        if (HttpMethods.IsGet(HttpContext.Request.Method))
        {
            var today = Drafts.Today;
            var april = new DateOnly(today.Month >= 4 ? today.Year + 1 : today.Year, 4, 1);
            FromDay = "1";
            FromMonth = "4";
            FromYear = april.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private IReadOnlyList<Parameter> Rates => ParameterGroups.Rates(_edit.Set);

    private IReadOnlyList<GovukChoiceItem> Items =>
    [
        .. Rates.Select((rate, index) => new GovukChoiceItem
        {
            Value = rate.Key,
            Text = rate.Label,
            Hint = $"Now {Pounds.Format((rate.At(Drafts.Today) ?? rate.Values[^1]).Value)}",
            Conditional = NewValueInput(index, rate),
        }),
    ];

    private string? NewValueText(int index) =>
        _applied is null && HttpMethods.IsPost(HttpContext.Request.Method) && HttpContext.Request.HasFormContentType ? HttpContext.Request.Form[$"NewValue-{index}"].ToString() : null;

    private async Task ApplyAsync()
    {
        if (!ShownDraft.TryParse(DraftVersion, out var shown))
        {
            _errors = [new GovukErrorSummaryItem("The form did not say which draft it was opened on, so nothing was saved. Save the uplift again from this page.", "#Percent")];
            return;
        }

        if (!shown.Matches(_edit.Stored))
        {
            _errors = [new GovukErrorSummaryItem(
                "The draft has changed since this page was opened, so nothing was saved. The rates below now show the draft's values; check them and save the uplift again if it is still needed.",
                "#Percent")];
            return;
        }

        var chosen = (Keys ?? []).Where(k => Rates.Any(r => r.Key == k)).ToList();
        var newValues = new Dictionary<string, decimal>(StringComparer.Ordinal);
        for (var i = 0; i < Rates.Count; i++)
        {
            var text = NewValueText(i);
            if (!string.IsNullOrWhiteSpace(text) && chosen.Contains(Rates[i].Key))
            {
                var (value, error) = FormInput.Number(text, $"the new value for {Rates[i].Label}", 0.01m, 100_000m);
                _errors.Add($"NewValue-{i}", error);
                if (value is { } v)
                {
                    newValues[Rates[i].Key] = v;
                }
            }
        }

        var byPercent = chosen.Where(k => !newValues.ContainsKey(k)).ToList();
        decimal? percent = null;
        if (byPercent.Count > 0 || !string.IsNullOrWhiteSpace(Percent))
        {
            var (p, error) = FormInput.Number(Percent, "the percentage uplift", -50m, 100m);
            _errors.Add("Percent", error);
            percent = p;
        }

        var (from, fromError) = FormInput.Date(FromDay, FromMonth, FromYear, "the date the uplift applies from");
        _errors.Add("From", fromError, "#From-day");
        _errors.Add("Reference", string.IsNullOrWhiteSpace(Reference) ? "Enter the council decision that sets the uplift"
            : Reference.Length > DatedValue.MaxReferenceLength ? $"The council decision must be {DatedValue.MaxReferenceLength} characters or fewer" : null);
        _errors.Add("Keys", chosen.Count == 0 ? "Select at least one rate to uplift" : null, "#Keys");
        if (_errors.Count > 0)
        {
            return;
        }

        var lines = new List<UpliftLine>();
        var result = await Drafts.EditAsync(ParameterSetKind.Configuration, set =>
        {
            lines.Clear();
            var raised = ParameterSetEdits.Uplift(set, byPercent, percent ?? 0m, from!.Value, Reference!);
            var valued = ParameterSetEdits.NewValues(raised.Set, newValues, from.Value, Reference!);
            lines.AddRange(raised.Lines);
            lines.AddRange(valued.Lines);
            return valued.Set;
        }, UserName, shown: shown);
        if (!result.Succeeded)
        {
            _errors = [.. result.Errors.Select(e => new GovukErrorSummaryItem(e.Message))];
            return;
        }

        _applied = result.Version;
        _lines = lines;
        _from = from;
        // The form starts afresh, so that pressing the button again does not raise the rates a second time.
        Percent = null;
        Reference = null;
        Keys = null;
        _edit = await Drafts.CurrentAsync(ParameterSetKind.Configuration);
    }



    private string UserName => HttpContext.User.Identity?.Name ?? "";
}
