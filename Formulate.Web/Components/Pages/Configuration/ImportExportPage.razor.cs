using Formulate.Data.Audit;
using Formulate.Data.Entities;
using Formulate.Data.Parameters;
using Formulate.Engine.Parameters;
using Formulate.Web.Accuracy;
using Formulate.Web.Components.Govuk;
using Formulate.Web.Components.Moj;
using Formulate.Web.Configuration;
using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Pages.Configuration;

public partial class ImportExportPage
{
    [Inject] private ConfigurationDrafts Drafts { get; set; } = default!;
    [Inject] private ParameterVersionStore Store { get; set; } = default!;
    [Inject] private AuditLog Audit { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "import")] private string? Kind { get; set; }
    [SupplyParameterFromForm(FormName = "import")] private string? Json { get; set; }
    [SupplyParameterFromForm(FormName = "import")] private IFormFile? File { get; set; }
    /// <summary>Each kind's draft as the page showed it: an import replaces only the draft the officer saw.</summary>
    [SupplyParameterFromForm(FormName = "import")] private string? ConfigurationDraft { get; set; }
    [SupplyParameterFromForm(FormName = "import")] private string? ModelDraft { get; set; }

    /// <summary>Far above any real configuration (the shipped one is about 60 KB).</summary>
    private const int MaxFileBytes = 5 * 1024 * 1024;
    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    private List<(ParameterSetKind, ParameterSetVersion)> _latest = [];
    private readonly Dictionary<ParameterSetKind, ParameterSetVersion?> _drafts = [];
    private List<GovukErrorSummaryItem> _errors = [];
    private string? _errorsDescription = "Nothing was imported. Put every problem right in the file and import it again.";
    private string? _kindError;
    private string? _jsonError;
    private string? _fileError;

    protected override async Task OnInitializedAsync()
    {
        foreach (var kind in new[] { ParameterSetKind.Configuration, ParameterSetKind.Model })
        {
            var versions = await Store.ListAsync(kind);
            _drafts[kind] = versions.FirstOrDefault(v => v.Status == ParameterVersionStatus.Draft);
            foreach (var version in versions.Take(2))
            {
                _latest.Add((kind, version));
            }
        }
    }

    private IReadOnlyList<GovukSummaryListRow> DraftRows =>
    [
        .. _drafts.Select(pair => pair.Value is { } draft
            ? new GovukSummaryListRow
            {
                Key = $"{ParameterSetKindNames.Title(pair.Key)} draft",
                Value = $"{draft.Stamp}, last changed by {LastChange(draft)}. Importing {Article(pair.Key)} file replaces it.",
                Actions = [new GovukSummaryListAction(DraftHref(draft), "Look at the draft", $"{ParameterSetKindNames.Title(pair.Key).ToLowerInvariant()} {draft.Stamp}")],
            }
            : new GovukSummaryListRow
            {
                Key = $"{ParameterSetKindNames.Title(pair.Key)} draft",
                Value = $"No draft. Importing {Article(pair.Key)} file starts one.",
            }),
    ];

    private static string Article(ParameterSetKind kind) => kind == ParameterSetKind.Model ? "a model parameters" : "a council configuration";

    private static string LastChange(ParameterSetVersion version) => $"{version.UpdatedBy ?? version.CreatedBy} ({MojDate.DateTime(version.UpdatedAt ?? version.CreatedAt)})";

    private static string DraftHref(ParameterSetVersion version) => $"/configuration/versions/{ParameterSetKindNames.Slug(version.Kind)}/{version.Id}";

    private async Task ImportAsync()
    {
        var kind = ParameterSetKindNames.FromSlug(Kind);
        _kindError = kind is null ? "Select what you are importing" : null;
        // A browser sends an empty, unnamed file when none is chosen.
        var fromFile = File is { } chosen && (chosen.Length > 0 || !string.IsNullOrEmpty(chosen.FileName));
        var json = fromFile ? await ReadFileAsync(File!) : Json;
        if (!fromFile && string.IsNullOrWhiteSpace(json))
        {
            _fileError = "Choose the file to import, or paste its JSON";
        }

        if (_kindError is not null || _fileError is not null)
        {
            _errors = [.. new[] { (_kindError, "#Kind"), (_fileError, "#File") }.Where(e => e.Item1 is not null).Select(e => new GovukErrorSummaryItem(e.Item1!, e.Item2))];
            return;
        }

        if (!ShownDraft.TryParse(kind!.Value == ParameterSetKind.Model ? ModelDraft : ConfigurationDraft, out var shown))
        {
            NothingImported(new GovukErrorSummaryItem(
                $"The form did not say which {ParameterSetKindNames.Title(kind.Value).ToLowerInvariant()} draft this page showed, so nothing was imported in case it would replace a draft you have not seen. "
                + "Look at the drafts listed on this page, then import the file again.", "#drafts"));
            return;
        }

        var field = fromFile ? "#File" : "#Json";
        var loaded = ParameterSetLoader.Load(json!, kind.Value);
        if (!loaded.Succeeded)
        {
            _errors = [.. loaded.Problems.Select(p => new GovukErrorSummaryItem($"{p.Where}: {p.Message}", field))];
            FieldError(fromFile, $"The file has {loaded.Problems.Count} {(loaded.Problems.Count == 1 ? "problem" : "problems")}");
            return;
        }

        var result = await Drafts.ReplaceAsync(loaded.Value!, UserName, $"Imported by {UserName}", shown, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            if (await Store.FindDraftAsync(kind.Value, HttpContext.RequestAborted) is var now && !shown.Matches(now))
            {
                _drafts[kind.Value] = now;
                NothingImported(await NotAsShownAsync(kind.Value, shown, now));
                return;
            }

            _errors = [.. result.Errors.Select(e => new GovukErrorSummaryItem(e.Where is null ? e.Message : $"{e.Where}: {e.Message}", field))];
            FieldError(fromFile, "The file cannot be imported");
            return;
        }

        Navigation.NavigateTo($"/configuration/versions/{Kind}/{result.Version!.Id}");
    }

    private void NothingImported(GovukErrorSummaryItem why)
    {
        _errors = [why];
        _errorsDescription = null;
    }

    /// <summary>What became of the draft the page showed, by whom, and where to look at it before importing again.</summary>
    private async Task<GovukErrorSummaryItem> NotAsShownAsync(ParameterSetKind kind, ShownDraft shown, ParameterSetVersion? now)
    {
        const string NotImported = "after you opened this page, so nothing was imported";
        var title = ParameterSetKindNames.Title(kind).ToLowerInvariant();
        if (now is not null)
        {
            var started = $"{now.CreatedBy} ({MojDate.DateTime(now.CreatedAt)})";
            var what = shown.Id is null ? $"{now.Stamp} was started by {started}"
                : shown.Id == now.Id ? $"{now.Stamp} was changed by {LastChange(now)}"
                : $"The {title} draft you saw was discarded and {now.Stamp} was started in its place by {started}";
            return new GovukErrorSummaryItem($"{what} {NotImported} and that draft is kept. Look at it, then import the file again if it should still replace it.", DraftHref(now));
        }

        if (shown.Id is { } id && await Store.FindAsync(id, HttpContext.RequestAborted) is { PublishedAt: { } at } published)
        {
            return new GovukErrorSummaryItem(
                $"{published.Stamp}, the {title} draft you saw, was published by {published.PublishedBy} ({MojDate.DateTime(at)}) {NotImported}. Look at the published version, then import the file again if it should become the next draft.",
                DraftHref(published));
        }

        var discard = (await Audit.SearchAsync(new AuditQuery { Action = $"{ParameterSetKindNames.Title(kind)} draft discarded" }, HttpContext.RequestAborted))
            .FirstOrDefault(row => Guid.TryParse(row.Entry.EntityId, out var entity) && entity == shown.Id);
        var by = discard is null ? "" : $" by {discard.Entry.UserName} ({MojDate.DateTime(discard.Entry.OccurredAt)})";
        return new GovukErrorSummaryItem(
            $"The {title} draft you saw was discarded{by} {NotImported}. Look at the {title} versions, then import the file again if it should become the draft.",
            $"/configuration/versions/{ParameterSetKindNames.Slug(kind)}");
    }

    /// <returns>The file's text, or null with the reason in the file's error.</returns>
    private async Task<string?> ReadFileAsync(IFormFile file)
    {
        if (file.Length == 0)
        {
            _fileError = "The chosen file is empty. Choose the .json file that Export downloaded";
            return null;
        }

        if (file.Length > MaxFileBytes)
        {
            _fileError = $"The file must be smaller than {MaxFileBytes / (1024 * 1024)} MB. Choose the .json file that Export downloaded";
            return null;
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, HttpContext.RequestAborted);
        var text = SampleText.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        if (text is null)
        {
            _fileError = "The file is not UTF-8 text. Choose the .json file exactly as Export downloaded it";
        }

        return text;
    }

    private void FieldError(bool fromFile, string message)
    {
        if (fromFile)
        {
            _fileError = message;
        }
        else
        {
            _jsonError = message;
        }
    }

    private string UserName => HttpContext.User.Identity?.Name ?? "";
}
