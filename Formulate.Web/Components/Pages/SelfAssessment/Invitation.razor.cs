using Formulate.Data.SelfAssessments;
using Formulate.Web.Components.Govuk;
using Formulate.Web.SelfAssessments;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Components.Pages.SelfAssessment;

public partial class Invitation
{
    [Inject] private SelfAssessmentStore Store { get; set; } = default!;
    [Inject] private SelfAssessmentSession Session { get; set; } = default!;
    [Inject] private SelfAssessmentJourney Journey { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IOptions<SelfAssessmentOptions> Options { get; set; } = default!;
    [Inject] private IndicativeFigures Figures { get; set; } = default!;
    [Inject] private SelfAssessmentSms Sms { get; set; } = default!;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Parameter] public string Code { get; set; } = "";

    [SupplyParameterFromForm] private string? Who { get; set; }
    [SupplyParameterFromForm] private string? Relationship { get; set; }
    [SupplyParameterFromForm] private string? HelperName { get; set; }
    [SupplyParameterFromForm] private string? ContactEmail { get; set; }
    [SupplyParameterFromForm] private string? ContactMobile { get; set; }

    private InvitationCheck _check;
    private FormErrors _errors = [];

    private string Title => _check switch
    {
        InvitationCheck.Unknown => "This link does not work",
        InvitationCheck.Expired => "This link has expired",
        InvitationCheck.AlreadyUsed => "This link has already been used",
        _ => $"{(_errors.Count > 0 ? "Error: " : "")}Before you start - Tell us about the help you need",
    };

    internal static IReadOnlyList<GovukChoiceItem> WhoItems =>
    [
        new() { Value = "me", Text = "I am filling it in for myself" },
        new() { Value = "someone-else", Text = "I am filling it in for someone else" },
    ];

    internal static IReadOnlyList<GovukChoiceItem> RelationshipItems =>
        [.. WhoFillsIn.Relationships.Select(r => new GovukChoiceItem { Value = r.Code, Text = r.Label })];

    protected override async Task OnInitializedAsync()
    {
        if (HttpMethods.IsGet(HttpContext.Request.Method))
        {
            _check = await Store.CheckInvitationAsync(Code, HttpContext.RequestAborted);
        }
    }

    private async Task StartAsync()
    {
        var who = new WhoFillsIn(Who, Relationship, HelperName);
        var contact = ContactCheck.Check(ContactEmail, ContactMobile, Sms.IsConfigured);
        _errors = [];
        who.AddErrorsTo(_errors);
        _errors.Add("ContactEmail", contact.EmailError);
        _errors.Add("ContactMobile", contact.MobileError);
        if (_errors.Count > 0)
        {
            return;
        }

        var (check, id) = await Store.StartAsync(Code, who.Start(contact), HttpContext.RequestAborted);
        _check = check;
        if (id is { } started)
        {
            Session.Begin(HttpContext, started);
            Navigation.NavigateTo(
                Figures.AreShown ? SelfAssessmentPaths.PayingForCare
                : Journey.NextUnanswered(new Dictionary<string, string>()) is { } first ? SelfAssessmentPaths.Question(first.Id)
                : SelfAssessmentPaths.CheckAnswers);
        }
    }
}
