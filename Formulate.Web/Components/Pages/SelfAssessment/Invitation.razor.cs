using Formulate.Data.SelfAssessments;
using Formulate.Web.Components.Govuk;
using Formulate.Web.SelfAssessments;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Components.Pages.SelfAssessment;

public partial class Invitation
{
    public const int NameLength = 200;

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

    /// <summary>How a helper may know the person, and what the practitioner reads.</summary>
    public static IReadOnlyList<(string Code, string Label)> Relationships { get; } =
    [
        ("partner", "Their husband, wife or partner"),
        ("parent", "Their parent"),
        ("child", "Their son or daughter"),
        ("relative", "Another relative"),
        ("friend", "A friend or neighbour"),
        ("advocate", "Their advocate"),
        ("other", "Someone else"),
    ];

    private InvitationCheck _check;
    private string? _whoError;
    private string? _relationshipError;
    private string? _helperNameError;
    private string? _emailError;
    private string? _mobileError;
    private IReadOnlyList<GovukErrorSummaryItem> _summary = [];

    private string Title => _check switch
    {
        InvitationCheck.Unknown => "This link does not work",
        InvitationCheck.Expired => "This link has expired",
        InvitationCheck.AlreadyUsed => "This link has already been used",
        _ => $"{(_summary.Count > 0 ? "Error: " : "")}Before you start - Tell us about the help you need",
    };

    internal static IReadOnlyList<GovukChoiceItem> WhoItems =>
    [
        new() { Value = "me", Text = "I am filling it in for myself" },
        new() { Value = "someone-else", Text = "I am filling it in for someone else" },
    ];

    internal static IReadOnlyList<GovukChoiceItem> RelationshipItems =>
        [.. Relationships.Select(r => new GovukChoiceItem { Value = r.Code, Text = r.Label })];

    protected override async Task OnInitializedAsync()
    {
        if (HttpMethods.IsGet(HttpContext.Request.Method))
        {
            _check = await Store.CheckInvitationAsync(Code, HttpContext.RequestAborted);
        }
    }

    private async Task StartAsync()
    {
        var forSomeoneElse = Who == "someone-else";
        _whoError = Who is "me" or "someone-else" ? null : "Select who is filling in this form";
        _relationshipError = forSomeoneElse && !Relationships.Any(r => r.Code == Relationship) ? "Select how you know the person" : null;
        _helperNameError = !forSomeoneElse ? null
            : string.IsNullOrWhiteSpace(HelperName) ? "Enter your full name"
            : HelperName.Trim().Length > NameLength ? $"Your name must be {NameLength} characters or fewer"
            : null;
        var (email, mobile) = CheckContact();
        _summary = [.. new[] { (_whoError, "#Who"), (_relationshipError, "#Relationship"), (_helperNameError, "#HelperName"), (_emailError, "#ContactEmail"), (_mobileError, "#ContactMobile") }
            .Where(e => e.Item1 is not null).Select(e => new GovukErrorSummaryItem(e.Item1!, e.Item2))];
        if (_summary.Count > 0)
        {
            return;
        }

        var how = new StartedSelfAssessment(forSomeoneElse ? "they" : "you", forSomeoneElse ? Relationship : null, forSomeoneElse ? HelperName!.Trim() : null, email, mobile);
        var (check, id) = await Store.StartAsync(Code, how, HttpContext.RequestAborted);
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

    private (string? Email, string? Mobile) CheckContact()
    {
        var contact = ContactCheck.Check(ContactEmail, ContactMobile, Sms.IsConfigured);
        (_emailError, _mobileError) = (contact.EmailError, contact.MobileError);
        return (contact.Email, contact.Mobile);
    }
}
