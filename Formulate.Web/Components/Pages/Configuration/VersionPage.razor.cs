using Formulate.Data.Entities;
using Formulate.Data.Parameters;
using Formulate.Engine.Parameters;
using Formulate.Web.Components.Govuk;
using Formulate.Web.Components.Moj;
using Formulate.Web.Configuration;
using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Pages.Configuration;

public partial class VersionPage
{
    [Inject] private ParameterVersionStore Store { get; set; } = default!;
    [Inject] private ParameterVersions Versions { get; set; } = default!;
    [Inject] private ConfigurationDrafts Drafts { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Parameter] public string KindSlug { get; set; } = "";
    [Parameter] public Guid Id { get; set; }
    [SupplyParameterFromQuery(Name = "published")] private string? PublishedText { get; set; }
    [SupplyParameterFromForm(FormName = "publish", Name = "EffectiveFrom-day")] private string? Day { get; set; }
    [SupplyParameterFromForm(FormName = "publish", Name = "EffectiveFrom-month")] private string? Month { get; set; }
    [SupplyParameterFromForm(FormName = "publish", Name = "EffectiveFrom-year")] private string? Year { get; set; }
    [SupplyParameterFromForm(FormName = "publish")] private string? Note { get; set; }
    /// <summary>The draft as the page showed it: what is published or discarded must be what the officer reviewed.</summary>
    [SupplyParameterFromForm(FormName = "publish", Name = "DraftVersion")] private string? PublishDraftVersion { get; set; }
    /// <summary>"true" only from the confirmation's own form: the publish form's first post asks before anything is published.</summary>
    [SupplyParameterFromForm(FormName = "publish")] private string? Confirmed { get; set; }
    [SupplyParameterFromForm(FormName = "publish")] private string? Cancel { get; set; }
    [SupplyParameterFromForm(FormName = "discard", Name = "DraftVersion")] private string? DiscardDraftVersion { get; set; }
    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    /// <summary>The version exists and is of the kind in the address (a model version is not shown as a configuration).</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(_version), nameof(_kind))]
    private bool Found => _version is not null && _kind is not null && _version.Kind == _kind;

    private bool Published => bool.TryParse(PublishedText, out var published) && published;

    private ParameterSetKind? _kind;
    private ParameterSetVersion? _version;
    private ParameterSetDiff? _diff;
    private List<GovukErrorSummaryItem> _errors = [];
    private string? _dateError;
    private string? _noteError;

    /// <summary>The effective date checked and waiting for the officer to confirm publishing with it; null when not asking.</summary>
    private DateOnly? _confirming;

    protected override async Task OnInitializedAsync()
    {
        _kind = ParameterSetKindNames.FromSlug(KindSlug);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _version = await Store.FindAsync(Id);
        if (_version is null || _version.Kind != _kind)
        {
            return;
        }

        var set = ParameterVersionStore.Read(_version);
        var versions = await Store.ListAsync(_version.Kind);
        var older = _version.Status == ParameterVersionStatus.Draft
            ? await Drafts.LatestPublishedAsync(_version.Kind)
            : versions.Where(v => v.Status == ParameterVersionStatus.Published && v.Id != _version.Id
                        && (v.EffectiveFrom < _version.EffectiveFrom || (v.EffectiveFrom == _version.EffectiveFrom && v.PublishedAt < _version.PublishedAt)))
                    .Select(ParameterVersionStore.Read).FirstOrDefault();
        _diff = older is null ? null : ParameterSetDiff.Between(older, set);
    }

    private IReadOnlyList<GovukSummaryListRow> SummaryRows =>
    [
        new() { Key = "Status", Value = _version!.Status == ParameterVersionStatus.Draft ? "Draft: not used by any estimate" : "Published" },
        new() { Key = "Effective from", Value = _version.EffectiveFrom is { } from ? MojDate.Date(from) : "Set when published" },
        new() { Key = "Started", Value = $"{MojDate.Date(_version.CreatedAt)} by {_version.CreatedBy}" },
        new() { Key = "Last changed", Value = _version.UpdatedAt is { } at ? $"{MojDate.Date(at)} by {_version.UpdatedBy}" : "Not changed since it was started" },
        new() { Key = "Published", Value = _version.PublishedAt is { } p ? $"{MojDate.Date(p)} by {_version.PublishedBy}" : "Not yet" },
        new() { Key = "Note", Value = _version.Note ?? "None" },
    ];

    private static int? Shown(string? posted) =>
        int.TryParse(posted, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version) ? version : null;

    private string ShownVersion => _version!.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether someone else saved the draft after the page was shown; then the page shows their change with a message saying so.</summary>
    private bool ChangedSinceShown(string? shown, string notDone)
    {
        if (_version is null || _version.Status != ParameterVersionStatus.Draft || shown is null || shown == ShownVersion)
        {
            return false;
        }

        var by = _version.UpdatedBy is { } who && _version.UpdatedAt is { } at ? $" by {who} ({MojDate.DateTime(at)})" : "";
        _errors = [new GovukErrorSummaryItem(
            $"{_version.Stamp} was changed{by} after you opened this page, so it was not {notDone}. The differences below now include that change; check them, then {(notDone == "published" ? "publish" : "discard")} the draft again if that is still right.",
            _diff is null ? null : "#diff")];
        return true;
    }

    private async Task PublishAsync()
    {
        if (_version is null || ChangedSinceShown(PublishDraftVersion, "published"))
        {
            return;
        }

        var (date, dateError) = FormInput.Date(Day, Month, Year, "the effective date");
        _dateError = dateError;
        _noteError = Note?.Length > 2000 ? "The note must be 2,000 characters or fewer" : null;
        _errors = [.. new[] { (dateError, "#EffectiveFrom-day"), (_noteError, "#Note") }.Where(e => e.Item1 is not null).Select(e => new GovukErrorSummaryItem(e.Item1!, e.Item2))];
        if (_errors.Count > 0 || Cancel == "true")
        {
            return;
        }

        if (Confirmed != "true")
        {
            _confirming = date;
            return;
        }

        // The store checks the draft is still the one shown as it saves, not only this page as it reads.
        var expected = Shown(PublishDraftVersion) ?? _version.Version;
        if (!string.IsNullOrWhiteSpace(Note) && Note.Trim() != _version.Note)
        {
            var noted = await Store.SaveDraftAsync(ParameterVersionStore.Read(_version), Note, UserName, expected);
            if (!noted.Succeeded)
            {
                _errors = [.. noted.Errors.Select(e => new GovukErrorSummaryItem(e.Message))];
                return;
            }

            _version = noted.Version!;
            expected = _version.Version;
        }

        var result = await Versions.PublishAsync(_version.Id, date!.Value, UserName, expected);
        if (!result.Succeeded)
        {
            _errors = [.. result.Errors.Select(e => new GovukErrorSummaryItem(e.Message, e.Where == "effectiveFrom" ? "#EffectiveFrom-day" : null))];
            _dateError = result.Errors.FirstOrDefault(e => e.Where == "effectiveFrom")?.Message;
            return;
        }

        Navigation.NavigateTo($"/configuration/versions/{KindSlug}/{_version.Id}?published=true");
    }

    private async Task DiscardAsync()
    {
        if (ChangedSinceShown(DiscardDraftVersion, "discarded"))
        {
            return;
        }

        var result = await Store.DiscardDraftAsync(Id, UserName, Shown(DiscardDraftVersion));
        if (!result.Succeeded)
        {
            _errors = [.. result.Errors.Select(e => new GovukErrorSummaryItem(e.Message))];
            return;
        }

        Navigation.NavigateTo($"/configuration/versions/{KindSlug}");
    }

    private string PageAddress => $"/configuration/versions/{KindSlug}/{Id}";

    private string UserName => HttpContext.User.Identity?.Name ?? "";
}
