using Formulate.Data.SelfAssessments;
using Formulate.Web.Components.Govuk;
using Formulate.Web.SelfAssessments;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Components.Pages.SelfAssessment;

public partial class ReturnCode
{
    public const string TooManyMessage = "You have entered a wrong code too many times. Ask for a new code";

    public const string ExpiredMessage = "The code has expired. Ask for a new code";

    [Inject] private SelfAssessmentStore Store { get; set; } = default!;
    [Inject] private SelfAssessmentSession Session { get; set; } = default!;
    [Inject] private SelfAssessmentJourney Journey { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IOptions<SelfAssessmentOptions> Options { get; set; } = default!;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "reference")] private string? QueryReference { get; set; }
    [SupplyParameterFromForm(Name = "Reference")] private string? FormReference { get; set; }
    [SupplyParameterFromForm] private string? Code { get; set; }

    private string Reference => SelfAssessmentCodes.NormaliseReference(FormReference ?? QueryReference);

    private string? _error;
    private IReadOnlyList<GovukErrorSummaryItem> _summary = [];

    public static string WrongMessage(int attemptsLeft) =>
        $"The code is not right. Check the e-mail or text message and try again. You can try {attemptsLeft} more {(attemptsLeft == 1 ? "time" : "times")}";

    private async Task CheckAsync()
    {
        if (string.IsNullOrWhiteSpace(Code))
        {
            ShowError("Enter the code we sent you");
            return;
        }

        var result = await Store.CheckReturnCodeAsync(Reference, Code, HttpContext.RequestAborted);
        switch (result.Check)
        {
            case ReturnCodeCheck.Accepted:
                Session.Begin(HttpContext, result.SelfAssessmentId!.Value);
                var found = await Store.FindAsync(result.SelfAssessmentId.Value, HttpContext.RequestAborted);
                var answers = SelfAssessmentJourney.AnswersOf(found!.PersonAnswersJson);
                Navigation.NavigateTo(Journey.NextUnanswered(answers) is { } next ? SelfAssessmentPaths.Question(next.Id) : SelfAssessmentPaths.CheckAnswers);
                return;
            case ReturnCodeCheck.TooManyAttempts:
                ShowError(TooManyMessage);
                return;
            case ReturnCodeCheck.Expired:
                ShowError(ExpiredMessage);
                return;
            default:
                ShowError(WrongMessage(result.AttemptsLeft));
                return;
        }
    }

    private void ShowError(string message)
    {
        Code = null;
        _error = message;
        _summary = [new GovukErrorSummaryItem(message, "#Code")];
    }
}
