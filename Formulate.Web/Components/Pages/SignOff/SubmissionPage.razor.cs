using Formulate.Analysis.Text;
using Formulate.Data.Entities;
using Formulate.Data.SignOff;
using Formulate.Engine.Estimation;
using Formulate.Web.Profiles;
using Formulate.Web.Components.Govuk;
using Formulate.Web.Components.Moj;
using Formulate.Web.Security;
using Formulate.Web.Components.Staff;
using Formulate.Web.SignOff;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Microsoft.JSInterop;

namespace Formulate.Web.Components.Pages.SignOff;

public partial class SubmissionPage
{
    [Inject] private TeamSignOff TeamSignOff { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private StaffDialogs Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Parameter] public Guid SubmissionId { get; set; }

    private SubmissionRecord? _record;
    private string? _comments;
    private string? _done;
    private EstimateResult? _result;
    private IReadOnlyList<SignOffError> _errors = [];
    private bool _focusErrors;

    protected override async Task OnParametersSetAsync()
    {
        _record = await TeamSignOff.FindAsync(SubmissionId);
        if (_record is null && await TeamSignOff.IsOtherTeamsAsync(SubmissionId))
        {
            Navigation.ToForbiddenPage();
            return;
        }

        // Everything about the estimate is read from what was submitted, never worked out again.
        _result = await TeamSignOff.FindSubmittedEstimateAsync(SubmissionId) is { } estimate ? EstimateSnapshots.ReadResult(estimate) : null;
    }

    private string ErrorTarget(SignOffError error) =>
        error.Field is { } field && field != SignOffStore.ConfirmationField ? field : _record!.IsAwaitingDecision ? "decision" : "submission-status";

    private IReadOnlyList<MojTimelineItem> Timeline => SignOffTimeline.Decisions(_record!);

    private IReadOnlyList<GovukSummaryListRow> Rows(BudgetSubmission s) =>
    [
        new() { Key = "Proposed weekly budget", Value = Pounds.Format(s.ProposedWeekly) },
        new() { Key = "Estimate", Value = Pounds.Format(s.EstimatedWeekly) },
        new() { Key = "Difference", Value = Pounds.Difference(_record!.Difference) },
        .. _result is null ? Array.Empty<GovukSummaryListRow>() :
        [
            new() { Key = "Total estimated support", Value = $"{Pounds.Number(_result.TotalWeeklyHours)} hours a week" },
        ],
        .. s.DifferenceReason is null ? Array.Empty<GovukSummaryListRow>() :
        [
            new() { Key = "Reason for the difference", Value = s.DifferenceReason },
            new() { Key = "Note", Value = s.DifferenceNote ?? "" },
            new() { Key = "Reason given in the letter", Value = s.LetterReason ?? "The council's usual sentence for this reason" },
        ],
        new() { Key = "Team", Value = s.Team },
        new() { Key = "Age band", Value = SignOffText.AgeBand(s.AgeBand) },
        new() { Key = "Submitted by", Value = $"{s.SubmittedBy}, {MojDate.DateTime(s.SubmittedAt)}" },
        new() { Key = "Approvals needed", Value = $"{(s.NeedsSecondApproval ? "Two, from different managers" : "One")} ({SignOffText.ApprovalLimit(s)})" },
        .. s.StartDate is null ? Array.Empty<GovukSummaryListRow>() :
        [
            new() { Key = "Budget starts", Value = SignOffText.Date(s.StartDate) },
            new() { Key = "Review by", Value = SignOffText.Date(s.ReviewDate) },
        ],
        new() { Key = "Estimate submitted", ValueContent = SubmittedEstimateLink(s) },
        new() { Key = "Needs Profile", ValueContent = SubmittedProfileLink(s) },
    ];

    /// <summary>
    /// Above the approval limit the manager is first asked, in a dialog with focus on the question, to confirm what
    /// approving means; nothing is saved until they do, and Cancel gives focus back to the Approve button.
    /// </summary>
    private async Task ApproveAsync()
    {
        if (_record?.Submission is { NeedsSecondApproval: true } submission)
        {
            _errors = [];
            _done = null;
            var confirmed = await Dialogs.ConfirmAsync(
                "Confirm the approval",
                SignOffText.AboveLimitConfirmation(submission),
                submission.Status == SubmissionStatus.AwaitingSecondApproval ? "Confirm the final approval" : "Confirm the approval",
                id: "confirm-approval");
            if (confirmed)
            {
                await DecideAsync(DecisionOutcome.Approved, aboveLimitConfirmed: true);
            }

            return;
        }

        await DecideAsync(DecisionOutcome.Approved);
    }

    private async Task DecideAsync(DecisionOutcome outcome, bool aboveLimitConfirmed = false)
    {
        if (_record is null)
        {
            return;
        }

        var result = await TeamSignOff.DecideAsync(SubmissionId, outcome, _comments, aboveLimitConfirmed);
        // The banner is for this decision only: a refusal after an earlier success must not sit beside it.
        _done = null;
        _errors = result.Errors;
        _focusErrors = _errors.Count > 0;
        if (result.Succeeded)
        {
            _record = await TeamSignOff.FindAsync(SubmissionId);
            _comments = null;
            _done = _record!.Submission.Status switch
            {
                SubmissionStatus.Returned => "The budget was returned to the practitioner",
                SubmissionStatus.AwaitingSecondApproval => "Approved. A second manager must also approve this budget",
                _ => $"Budget agreed: {Pounds.Format(_record.Submission.ProposedWeekly)} a week from {SignOffText.Date(_record.Submission.StartDate)}, review by {SignOffText.Date(_record.Submission.ReviewDate)}",
            };
            Snackbar.Saved(_done);
        }
        else
        {
            Snackbar.Failed(_errors.Count > 0 ? $"The decision was not saved. {_errors[0].Message}" : "The decision was not saved.");
            // Another manager may have decided meanwhile: show their decision instead of buttons that can no longer work.
            _record = await TeamSignOff.FindAsync(SubmissionId) ?? _record;
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
}
