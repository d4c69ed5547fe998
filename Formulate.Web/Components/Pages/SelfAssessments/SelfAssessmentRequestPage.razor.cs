using Formulate.Data.Time;
using Formulate.Web.Components.Govuk;
using Formulate.Web.Components.Pages.SelfAssessment;
using Formulate.Web.People;
using Formulate.Web.SelfAssessments;
using Formulate.Web.SignOff;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Components.Pages.SelfAssessments;

/// <summary>
/// One self-assessment request: who asked, the people of the user's teams it may be about, and matching it to one of
/// them or adding them, then giving it to a practitioner. The answers are never shown here.
/// </summary>
public partial class SelfAssessmentRequestPage
{
    [Inject] private SelfAssessmentRequests Requests { get; set; } = default!;
    [Inject] private CurrentUser User { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IOptions<CaseReferenceOptions> CaseReferences { get; set; } = default!;

    [Parameter] public Guid Id { get; set; }

    [SupplyParameterFromQuery(Name = "search")] private string? Search { get; set; }

    [SupplyParameterFromForm(FormName = "match")] private Guid? PersonId { get; set; }
    [SupplyParameterFromForm(FormName = "match")] private string? MatchPractitioner { get; set; }
    [SupplyParameterFromForm(FormName = "add-person")] private string? CaseReference { get; set; }
    [SupplyParameterFromForm(FormName = "add-person")] private string? GivenName { get; set; }
    [SupplyParameterFromForm(FormName = "add-person")] private string? FamilyName { get; set; }
    [SupplyParameterFromForm(FormName = "add-person")] private string? Team { get; set; }
    [SupplyParameterFromForm(FormName = "add-person")] private string? NewPractitioner { get; set; }

    private RequestToMatch? _request;
    private IReadOnlyList<MatchCandidate> _candidates = [];
    private IReadOnlyList<AssignablePractitioner> _practitioners = [];
    private FormErrors _errors = [];

    private string CaseReferenceHint => $"As in the case management system: {CaseReferences.Value.CaseReferenceDescription}";

    private IReadOnlyList<GovukSummaryListRow> DetailRows =>
    [
        new() { Key = "Name", Value = _request!.Name },
        new() { Key = "Date of birth", Value = SignOffText.Date(_request.DateOfBirth) },
        new() { Key = "Postcode", Value = _request.Postcode },
        new() { Key = "Sent", Value = SignOffText.Date(UkTime.DateOf(_request.SubmittedAt)) },
        new()
        {
            Key = "Filled in by",
            Value = _request.HelperName is { } helper
                ? $"{helper} ({WhoFillsIn.RelationshipLabel(_request.HelperRelationship)})"
                : "The person, for themselves",
        },
        new() { Key = "Contact", Value = string.Join(", ", new[] { _request.ContactEmail, _request.ContactMobile }.Where(c => c is not null)) },
    ];

    private IReadOnlyList<GovukChoiceItem> CandidateItems =>
    [
        .. _candidates.Select(c => new GovukChoiceItem
        {
            Value = c.PersonId.ToString(),
            Text = c.Name,
            Hint = $"Born {(c.DateOfBirth is { } born ? SignOffText.Date(born) : "(not known)")}, postcode {c.Postcode ?? "(not known)"}, case reference {c.CaseReference}, {c.Team}",
        }),
    ];

    private IReadOnlyList<GovukChoiceItem> PractitionerItems => Practitioners();

    private IReadOnlyList<GovukChoiceItem> NewPractitionerItems => Practitioners();

    private IReadOnlyList<GovukChoiceItem> TeamItems =>
        [.. _practitioners.Select(p => p.Team).Distinct().Select(team => new GovukChoiceItem { Value = team, Text = team })];

    protected override async Task OnInitializedAsync()
    {
        var user = await User.PrincipalAsync();
        _request = await Requests.FindAsync(user, Id);
        if (_request is null)
        {
            return;
        }

        _candidates = await Requests.CandidatesAsync(user, _request, Search);
        _practitioners = await Requests.PractitionersAsync(user);
        if (GivenName is null && FamilyName is null)
        {
            (GivenName, FamilyName) = SelfAssessmentRequests.SplitName(_request.Name);
        }
    }

    private async Task MatchAsync()
    {
        var result = await Requests.MatchAsync(await User.PrincipalAsync(), Id, PersonId, MatchPractitioner);
        Show(result, "MatchPractitioner");
    }

    private async Task AddPersonAsync()
    {
        var form = new NewPerson { CaseReference = CaseReference, GivenName = GivenName, FamilyName = FamilyName, Team = Team };
        var result = await Requests.AddPersonAsync(await User.PrincipalAsync(), Id, form, NewPractitioner);
        Show(result, "NewPractitioner");
    }

    private void Show(MatchRequestResult result, string practitionerField)
    {
        if (result.Matched || result.Gone)
        {
            Navigation.NavigateTo(result.Matched ? $"/self-assessments/requests?assigned={Uri.EscapeDataString(_request!.Reference)}" : "/self-assessments/requests");
            return;
        }

        _errors = [];
        foreach (var error in result.Errors)
        {
            var field = error.Field == "Practitioner" ? practitionerField : error.Field;
            _errors.Add(field, error.Message);
        }
    }

    private List<GovukChoiceItem> Practitioners() =>
    [
        .. _practitioners.Select(p => new GovukChoiceItem
        {
            Value = p.UserName,
            Text = p.DisplayName,
            Hint = p.Team,
        }),
    ];
}
