using Formulate.Data.SelfAssessments;
using Formulate.Data.Time;
using Formulate.Engine.Parameters;
using Formulate.Web.Components.Govuk;
using Formulate.Web.People;
using Formulate.Web.Reproducibility;
using Formulate.Web.SelfAssessments;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Components.Pages.SelfAssessment;

/// <summary>
/// A self-assessment asked for without an invitation, where the council allows it: who is filling it in, who the person
/// is and where to send a code; otherwise how to ask the council for an invitation.
/// </summary>
public partial class Request
{
    [Inject] private SelfAssessmentStore Store { get; set; } = default!;
    [Inject] private SelfAssessmentSession Session { get; set; } = default!;
    [Inject] private SelfAssessmentJourney Journey { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IOptions<SelfAssessmentOptions> Options { get; set; } = default!;
    [Inject] private SelfAssessmentSms Sms { get; set; } = default!;
    [Inject] private EngineRegistry Engines { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm] private string? Who { get; set; }
    [SupplyParameterFromForm] private string? Relationship { get; set; }
    [SupplyParameterFromForm] private string? HelperName { get; set; }
    [SupplyParameterFromForm] private string? FullName { get; set; }
    [SupplyParameterFromForm(Name = "DateOfBirth-day")] private string? Day { get; set; }
    [SupplyParameterFromForm(Name = "DateOfBirth-month")] private string? Month { get; set; }
    [SupplyParameterFromForm(Name = "DateOfBirth-year")] private string? Year { get; set; }
    [SupplyParameterFromForm] private string? Postcode { get; set; }
    [SupplyParameterFromForm] private string? ContactEmail { get; set; }
    [SupplyParameterFromForm] private string? ContactMobile { get; set; }

    private FormErrors _errors = [];

    private CouncilDetails? Council => Engines.InForceToday(Time).Definition.Configuration.Council;

    private string CouncilName => Council?.Name ?? "Your council";

    private string Title => !Options.Value.AllowRequests
        ? "You need an invitation from your council - Tell us about the help you need"
        : $"{(_errors.Count > 0 ? "Error: " : "")}Start a new request - Tell us about the help you need";

    private async Task RequestAsync()
    {
        if (!Options.Value.AllowRequests)
        {
            return;
        }

        var who = new WhoFillsIn(Who, Relationship, HelperName);
        _errors = [];
        who.AddErrorsTo(_errors);
        _errors.Add("FullName", WhoFillsIn.NameError(FullName, "Enter the full name of the person who needs help", "Their full name"));
        var (dateOfBirth, dateError) = string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year)
            ? (null, "Enter their date of birth")
            : DateOfBirthCheck.Read(Day, Month, Year, UkTime.Today(Time));
        _errors.Add(DateOfBirthCheck.Field, dateError);
        var postcode = UkPostcode.Normalise(Postcode);
        _errors.Add("Postcode", string.IsNullOrWhiteSpace(Postcode) ? "Enter their postcode" : postcode is null ? "Enter a real UK postcode, like LS1 4AP" : null);
        var contact = ContactCheck.Check(ContactEmail, ContactMobile, Sms.IsConfigured);
        _errors.Add("ContactEmail", contact.EmailError);
        _errors.Add("ContactMobile", contact.MobileError);
        if (_errors.Count > 0)
        {
            return;
        }

        var started = await Store.RequestAsync(
            new SelfAssessmentRequest(FullName!.Trim(), dateOfBirth!.Value, postcode!, who.Start(contact)), Journey.Questions.Version, HttpContext.RequestAborted);
        Session.Begin(HttpContext, started.Id);
        Navigation.NavigateTo(Journey.NextUnanswered(new Dictionary<string, string>()) is { } first ? SelfAssessmentPaths.Question(first.Id) : SelfAssessmentPaths.CheckAnswers);
    }
}
