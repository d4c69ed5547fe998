using Formulate.Analysis.Text;
using Formulate.Web.Components.Govuk;
using Formulate.Web.Letters;
using Formulate.Web.People;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using Formulate.Web.Components.Staff;
using MudBlazor;

namespace Formulate.Web.Components.Pages.Letters;

public partial class BatchLetters
{
    [Inject] private PeopleService People { get; set; } = default!;
    [Inject] private LetterBatchRunner Runner { get; set; } = default!;
    [Inject] private CurrentUser User { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private static readonly IReadOnlyList<GovukTableCell> SkippedHead = ["Name", "Case reference", "Reason"];

    private IReadOnlyList<CaseloadEntry>? _caseload;
    private IReadOnlyCollection<string> _selected = [];
    private LetterBatchProgress? _progress;
    private LetterBatchResult? _result;
    private string? _error;
    private bool _running;
    private bool _focusErrors;

    protected override async Task OnInitializedAsync() => _caseload = await People.ListLetterRecipientsAsync(await User.PrincipalAsync());

    private IReadOnlyList<GovukChoiceItem> Items =>
    [
        .. _caseload!.Select(entry => new GovukChoiceItem
        {
            Value = entry.PersonId.ToString(),
            Text = $"{entry.Name} ({entry.CaseReference})",
            Hint = $"{entry.Team}. {(entry.ApprovedWeekly is { } approved ? $"Approved budget {Pounds.Format(approved)} a week" : "No budget approved yet")}",
        }),
    ];

    private IReadOnlyList<IReadOnlyList<GovukTableCell>> SkippedRows =>
        [.. _progress!.Skipped.Select(s => (IReadOnlyList<GovukTableCell>)[s.Name, s.CaseReference, s.Reason])];

    private void SelectEveryoneWithAnApprovedBudget() =>
        _selected = [.. _caseload!.Where(entry => entry.ApprovedWeekly is not null).Select(entry => entry.PersonId.ToString())];

    private void ClearSelection() => _selected = [];

    private async Task ProduceAsync()
    {
        _error = null;
        if (_selected.Count == 0)
        {
            _error = "Select at least one person to write to";
            _focusErrors = true;
            return;
        }

        // In caseload order, whatever order they were ticked in.
        var chosen = _caseload!.Where(entry => _selected.Contains(entry.PersonId.ToString())).ToList();
        _running = true;
        _result = null;
        _progress = new LetterBatchProgress { Done = 0, Total = chosen.Count, Printed = 0, Skipped = [] };
        StateHasChanged();
        try
        {
            // The user as they are now, not as when the page was opened: each person's team is checked again as they are printed.
            var user = await User.PrincipalAsync();
            _result = await Runner.RunAsync(chosen, user, async progress =>
            {
                _progress = progress;
                await InvokeAsync(StateHasChanged);
            });
            if (_result.Files.Count == 0)
            {
                Snackbar.Warned("No letters were produced");
            }
            else
            {
                Snackbar.Saved($"{Count(_result.Files.Count, "letter")} ready to download");
            }
            if (_result.Skipped.Any(s => s.Reason == LetterBatchRunner.NotInYourTeams))
            {
                // Anyone who has left the user's teams leaves the list and the selection too.
                var caseload = await People.ListLetterRecipientsAsync(user);
                _caseload = caseload;
                _selected = [.. _selected.Where(id => caseload.Any(entry => entry.PersonId.ToString() == id))];
            }
        }
        catch (Exception) when (ReportFailure())
        {
            throw;
        }
        finally
        {
            _running = false;
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

    /// <summary>Says the letters failed before the failure goes on to the error page; never handles it.</summary>
    private bool ReportFailure()
    {
        Snackbar.Failed("The letters could not be produced. Try again later.");
        return false;
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
