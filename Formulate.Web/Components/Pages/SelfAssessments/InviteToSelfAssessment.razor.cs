using System.ComponentModel.DataAnnotations;
using Formulate.Web.People;
using Formulate.Web.SelfAssessments;
using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Pages.SelfAssessments;

public partial class InviteToSelfAssessment
{
    [Inject] private PeopleService People { get; set; } = default!;
    [Inject] private SelfAssessmentReviews Reviews { get; set; } = default!;
    [Inject] private CurrentUser User { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Parameter] public Guid PersonId { get; set; }

    private string? _person;
    private bool _refused;
    private string? _email;
    private string? _sentTo;
    private string? _emailError;
    private CreatedInvitation? _created;

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
        if (_emailError is not null)
        {
            return;
        }

        var created = await Reviews.InviteAsync(await User.PrincipalAsync(), PersonId, email, new Uri(Navigation.BaseUri));
        _refused = !created.IsAllowed;
        _created = created.Value;
        _sentTo = email;
    }
}
