using Formulate.Web.Components.Govuk;
using Formulate.Web.SelfAssessments;
using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Pages.SelfAssessment;

/// <summary>
/// Whether the person expects to arrange and pay for their own care: asked only where the council shows an indicative
/// figure, since a self-funder sees that figure as their independent personal budget.
/// </summary>
public partial class PayingForCare
{
    [SupplyParameterFromForm] private string? Answer { get; set; }

    private string? _error;
    private IReadOnlyList<GovukErrorSummaryItem> _summary = [];

    private IReadOnlyList<GovukChoiceItem> Items =>
        [.. ArrangesOwnCare.Codes.Select(code => new GovukChoiceItem { Value = code, Text = ArrangesOwnCare.Label(code, Voice) })];

    protected override async Task OnInitializedAsync()
    {
        if (await LoadAsync() && !Figures.AreShown)
        {
            // The council shows no figure, so the question is not asked.
            Navigation.NavigateTo(NextPath());
        }
    }

    private async Task SaveAsync()
    {
        if (Current is null || !Figures.AreShown)
        {
            return;
        }

        if (Answer is null || !ArrangesOwnCare.Codes.Contains(Answer))
        {
            Answer = null;
            _error = ArrangesOwnCare.NoAnswerMessage;
            _summary = [new GovukErrorSummaryItem(_error, "#Answer")];
            return;
        }

        if (!await Store.SaveArrangesOwnCareAsync(Current.Id, Answer, HttpContext.RequestAborted))
        {
            Navigation.NavigateTo($"{SelfAssessmentPaths.Return}?ended=true");
            return;
        }

        await LoadAsync();
        Navigation.NavigateTo(NextPath());
    }
}
