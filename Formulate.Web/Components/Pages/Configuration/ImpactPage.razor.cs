using Formulate.Analysis.Impact;
using Formulate.Data.Entities;
using Formulate.Data.Parameters;
using Formulate.Web.Configuration;
using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Pages.Configuration;

public partial class ImpactPage
{
    [Inject] private ParameterVersionStore Store { get; set; } = default!;
    [Inject] private ImpactPreviewService Impact { get; set; } = default!;
    [Inject] private ConfigurationDrafts Drafts { get; set; } = default!;

    [Parameter] public string KindSlug { get; set; } = "";
    [Parameter] public Guid Id { get; set; }
    [SupplyParameterFromQuery(Name = "On-day")] private string? Day { get; set; }
    [SupplyParameterFromQuery(Name = "On-month")] private string? Month { get; set; }
    [SupplyParameterFromQuery(Name = "On-year")] private string? Year { get; set; }

    /// <summary>The draft to preview; null when the address names no draft of its kind.</summary>
    private ParameterSetVersion? _draft;
    private ImpactReport? _report;
    private string? _dateError;

    /// <summary>No date was chosen, so the preview is for the date the draft's changes take effect (or today).</summary>
    private bool _defaulted;

    /// <summary>The page previewing another date, as the date form would ask for it.</summary>
    private string AddressFor(DateOnly date) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"/configuration/versions/{KindSlug}/{Id}/impact?On-day={date.Day}&On-month={date.Month}&On-year={date.Year}");

    /// <summary>Why the figures are for the date they are for.</summary>
    private string DateReason(ImpactReport report) =>
        !_defaulted ? "the date chosen"
        : report.AssessedOn == Drafts.Today ? "today"
        : "the date the draft's changes take effect (the first on which it changes a rate or weighting)";

    protected override async Task OnInitializedAsync()
    {
        var version = await Store.FindAsync(Id);
        // Only a draft, and only under its own kind's address: a model draft under the configuration's would be previewed under the wrong name.
        _draft = version is { Status: ParameterVersionStatus.Draft } && version.Kind == ParameterSetKindNames.FromSlug(KindSlug) ? version : null;
        if (_draft is null)
        {
            return;
        }

        var set = ParameterVersionStore.Read(_draft);
        var date = Impact.DefaultDate(set, Drafts.Today);
        if (Day is null && Month is null && Year is null)
        {
            _defaulted = true;
            Day = date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Month = date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Year = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            var (chosen, error) = FormInput.Date(Day, Month, Year, "the assessment date");
            _dateError = error;
            if (chosen is null)
            {
                return;
            }

            date = chosen.Value;
        }

        _report = await Impact.PreviewAsync(set, date);
    }
}
