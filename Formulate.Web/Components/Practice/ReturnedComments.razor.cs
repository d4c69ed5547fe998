using Formulate.Data.Entities;
using Formulate.Data.SignOff;
using Formulate.Web.Profiles;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Formulate.Web.Components.Practice;

public partial class ReturnedComments
{
    [Inject] private ProfileCases Cases { get; set; } = default!;
    [Inject] private CurrentUser User { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;

    /// <summary>The profile whose latest submission may have been returned; nothing shows unless it was.</summary>
    [Parameter, EditorRequired] public Guid ProfileId { get; set; }

    private SubmissionDecision? _returned;
    private string? _reply;
    private IReadOnlyList<SignOffError> _errors = [];
    private bool _focusErrors;

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _returned = null;
        // The page around it has already been allowed; a refusal here shows nothing rather than a second refusal.
        var submissions = await Cases.ListSubmissionsAsync(await User.PrincipalAsync(), ProfileId);
        var last = submissions.Value is { Count: > 0 } list ? list[^1] : null;
        _returned = last?.Submission.Status == SubmissionStatus.Returned
            ? last.Decisions.LastOrDefault(d => d.Outcome == DecisionOutcome.Returned)
            : null;
    }

    private async Task ReplyAsync()
    {
        if (_returned is null)
        {
            return;
        }

        var result = await Cases.ReplyAsync(await User.PrincipalAsync(), ProfileId, _returned.Id, _reply);
        _errors = result.Errors;
        _focusErrors = _errors.Count > 0;
        if (result.Succeeded || _errors.Any(e => e.Field is null))
        {
            // Show the reply as saved, or someone else's that got there first.
            await LoadAsync();
        }

        if (result.Succeeded)
        {
            _reply = null;
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusErrors)
        {
            _focusErrors = false;
            await JS.InvokeVoidAsync("formulate.focus", "reply-error-summary");
        }
    }
}
