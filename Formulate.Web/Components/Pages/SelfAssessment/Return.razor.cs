using Formulate.Data.SelfAssessments;
using Formulate.Web.Components.Govuk;
using Formulate.Web.SelfAssessments;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Components.Pages.SelfAssessment;

public partial class Return
{
    [Inject] private SelfAssessmentStore Store { get; set; } = default!;
    [Inject] private SelfAssessmentMail Mail { get; set; } = default!;
    [Inject] private SelfAssessmentSms Sms { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IOptions<SelfAssessmentOptions> Options { get; set; } = default!;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm] private string? Reference { get; set; }
    [SupplyParameterFromQuery(Name = "ended")] private bool Ended { get; set; }

    private string? _error;
    private IReadOnlyList<GovukErrorSummaryItem> _summary = [];

    private async Task SendCodeAsync()
    {
        var reference = SelfAssessmentCodes.NormaliseReference(Reference);
        _error = string.IsNullOrWhiteSpace(Reference) ? "Enter your reference"
            : !IsReference(reference) ? "Enter your reference as it is shown, like SA-ABCD-2346"
            : null;
        if (_error is not null)
        {
            _summary = [new GovukErrorSummaryItem(_error, "#Reference")];
            return;
        }

        // The next page says the same whether or not the reference exists, so it cannot be used to find references.
        if (await Store.IssueReturnCodeAsync(reference, HttpContext.RequestAborted) is { } issued)
        {
            var minutes = Options.Value.ReturnCodeMinutes;
            if (issued.ContactEmail is { } email)
            {
                await Mail.SendReturnCodeAsync(email, issued.Reference, issued.Code, minutes, HttpContext.RequestAborted);
            }

            if (issued.ContactMobile is { } mobile)
            {
                await Sms.SendReturnCodeAsync(mobile, issued.Reference, issued.Code, minutes, HttpContext.RequestAborted);
            }
        }

        Navigation.NavigateTo(SelfAssessmentPaths.ReturnCode(reference));
    }

    internal static bool IsReference(string reference) =>
        reference.Length == 12 && reference.StartsWith("SA-", StringComparison.Ordinal) && reference[7] == '-';
}
