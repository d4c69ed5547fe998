using System.ComponentModel.DataAnnotations;
using Formulate.Web.People;
using Formulate.Web.SelfAssessments;
using Microsoft.AspNetCore.Components;
using Formulate.Web.Components.Staff;
using MudBlazor;

namespace Formulate.Web.Components.Pages.SelfAssessments;

public partial class InviteToSelfAssessment
{
    [Inject] private PeopleService People { get; set; } = default!;
    [Inject] private SelfAssessmentReviews Reviews { get; set; } = default!;
    [Inject] private CurrentUser User { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private SelfAssessmentSms Sms { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Parameter] public Guid PersonId { get; set; }

    private string? _person;
    private bool _refused;
    private string? _email;
    private string? _sentTo;
    private string? _emailError;
    private string? _mobile;
    private string? _textedTo;
    private string? _mobileError;
    private CreatedInvitation? _created;

    private string MobileHint => Sms.IsConfigured
        ? "A UK mobile number, like 07700 900 982. Leave this empty to give the link yourself."
        : "Text messages are not set up, so Formulate cannot send one. Leave this empty and give the link yourself.";

    private IReadOnlyList<Govuk.GovukErrorSummaryItem> Errors =>
    [
        .. new[] { (_emailError, "#invite-email"), (_mobileError, "#invite-mobile") }
            .Where(e => e.Item1 is not null).Select(e => new Govuk.GovukErrorSummaryItem(e.Item1!, e.Item2)),
    ];

    protected override async Task OnParametersSetAsync()
    {
        var found = await People.FindAsync(await User.PrincipalAsync(), PersonId);
        _refused = !found.IsAllowed;
        _person = found.Value is { } record ? PeopleService.FullName(record.Person) : null;
    }

    private async Task CreateAsync()
    {
        var email = _email?.Trim();
        _emailError = !string.IsNullOrEmpty(email) && !new EmailAddressAttribute().IsValid(email)
            ? "Enter an e-mail address in the correct format, like name@example.com, or leave it empty"
            : null;
        var mobile = UkMobileNumber.Normalise(_mobile);
        _mobileError = !string.IsNullOrWhiteSpace(_mobile) && mobile is null ? $"{UkMobileNumber.NotAMobile}, or leave it empty" : null;
        if (Errors.Count > 0)
        {
            Snackbar.Failed("No invitation was created: check the answers shown");
            return;
        }

        var created = await Reviews.InviteAsync(await User.PrincipalAsync(), PersonId, email, mobile, new Uri(Navigation.BaseUri));
        _refused = !created.IsAllowed;
        _created = created.Value;
        _sentTo = email;
        _textedTo = _mobile?.Trim();
        if (_created is not null)
        {
            Snackbar.Saved("Invitation created");
        }
    }
}
