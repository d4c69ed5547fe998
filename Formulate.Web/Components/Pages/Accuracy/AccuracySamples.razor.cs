using Formulate.Analysis.Accuracy;
using Formulate.Data.Accuracy;
using Formulate.Engine.Text;
using Formulate.Web.Accuracy;
using Formulate.Web.Components.Govuk;
using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Pages.Accuracy;

public partial class AccuracySamples
{
    [Inject] private AccuracySampleStore Samples { get; set; } = default!;
    [Inject] private AccuracyRuns Runs { get; set; } = default!;
    [Inject] private CurrentUser User { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "upload")] private string? Name { get; set; }

    [SupplyParameterFromForm(FormName = "upload")] private IFormFile? File { get; set; }

    [SupplyParameterFromForm(FormName = "samples", Name = "action")] private string? SampleAction { get; set; }

    private const string ReportAction = "report-";
    private const string DeleteAction = "delete-";

    private const string SampleFileHint = "A CSV file in the template's format, saved from Excel as \"CSV UTF-8\"";

    private IReadOnlyList<AccuracySampleSummary> _samples = [];
    private List<GovukErrorSummaryItem> _errors = [];
    private IReadOnlyList<SampleProblem>? _problems;
    private string? _deleted;

    private string? ProblemsHref => _problems is null ? null
        : "data:text/csv;charset=utf-8;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(SampleProblemsCsv.Write(_problems)));

    protected override async Task OnInitializedAsync() => _samples = await Samples.ListAsync(HttpContext.RequestAborted);

    private string? Error(string field) => _errors.FirstOrDefault(error => error.Href == "#" + field)?.Text;

    private async Task UploadAsync()
    {
        _errors = [];
        var name = Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            _errors.Add(new GovukErrorSummaryItem("Enter a name for the sample", "#Name"));
        }
        else if (name.Length > AccuracySampleStore.MaxNameLength)
        {
            _errors.Add(new GovukErrorSummaryItem($"Name must be {AccuracySampleStore.MaxNameLength} characters or fewer", "#Name"));
        }

        var text = await ReadFileAsync();
        if (_errors.Count > 0 || text is null)
        {
            return;
        }

        var import = Runs.Read(text);
        if (import.Sample is null)
        {
            _problems = import.Problems;
            _errors.Add(new GovukErrorSummaryItem($"The sample has {Count(import.Problems.Count).ToLowerInvariant()}; nothing was imported", "#validation-report"));
            return;
        }

        var user = await User.NameAsync();
        var saved = await Samples.SaveAsync(name, text, import.Sample, user, HttpContext.RequestAborted);
        var record = await Samples.SaveReportAsync(saved, Runs.Report(import.Sample), user, HttpContext.RequestAborted);
        Navigation.NavigateTo($"/accuracy/reports/{record.Id}");
    }

    private async Task<string?> ReadFileAsync()
    {
        if (File is null || File.Length == 0)
        {
            _errors.Add(new GovukErrorSummaryItem("Select a sample file", "#File"));
            return null;
        }

        if (File.Length > Runs.MaxSampleBytes)
        {
            _errors.Add(new GovukErrorSummaryItem($"The file must be smaller than {Runs.MaxSampleBytes / (1024 * 1024)} MB", "#File"));
            return null;
        }

        using var buffer = new MemoryStream();
        await File.CopyToAsync(buffer, HttpContext.RequestAborted);
        var text = SampleText.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        if (text is null)
        {
            _errors.Add(new GovukErrorSummaryItem(SampleText.NotUtf8, "#File"));
        }

        return text;
    }

    private async Task ActAsync()
    {
        var action = SampleAction ?? "";
        if (action.StartsWith(ReportAction, StringComparison.Ordinal) && Guid.TryParse(action[ReportAction.Length..], out var report))
        {
            await ReportAsync(report);
        }
        else if (action.StartsWith(DeleteAction, StringComparison.Ordinal) && Guid.TryParse(action[DeleteAction.Length..], out var delete))
        {
            await DeleteAsync(delete);
        }
    }

    private async Task ReportAsync(Guid id)
    {
        var sample = await Samples.FindAsync(id, HttpContext.RequestAborted);
        if (sample is null)
        {
            _errors = [new GovukErrorSummaryItem("That sample has been deleted, so no report can be run on it. Upload it again to test it", "#Name")];
            return;
        }

        if (Runs.Read(sample.Csv).Sample is not { } parsed)
        {
            _errors = [new GovukErrorSummaryItem("The sample cannot be read with the question set in force now; upload it again", "#samples")];
            return;
        }

        var record = await Samples.SaveReportAsync(sample, Runs.Report(parsed), await User.NameAsync(), HttpContext.RequestAborted);
        Navigation.NavigateTo($"/accuracy/reports/{record.Id}");
    }

    private async Task DeleteAsync(Guid id)
    {
        var name = _samples.FirstOrDefault(sample => sample.Id == id)?.Name;
        if (name is not null && await Samples.DeleteAsync(id, await User.NameAsync(), HttpContext.RequestAborted))
        {
            _deleted = name;
        }
        else
        {
            _errors = [new GovukErrorSummaryItem("That sample had already been deleted, with its reports", "#Name")];
        }

        _samples = await Samples.ListAsync(HttpContext.RequestAborted);
    }

    private static string Count(int problems) => problems == 1 ? "1 problem" : $"{UkFormat.Count(problems)} problems";
}
