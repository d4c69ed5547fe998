using Formulate.Analysis.Text;
using Formulate.Data.Time;
using Formulate.Engine;
using Formulate.Web.Components.Govuk;
using Formulate.Web.Components.Moj;
using Formulate.Web.Components.Pages.Profiles;
using Formulate.Web.People;
using Formulate.Web.Profiles;
using Formulate.Web.Security;
using Formulate.Web.SignOff;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Formulate.Web.Components.Pages.People;

public partial class PersonPage
{
    [Inject] private PeopleService People { get; set; } = default!;
    [Inject] private Formulate.Web.Reproducibility.EngineRegistry Engines { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private CurrentUser User { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;

    private bool _starting;

    [Parameter] public Guid PersonId { get; set; }

    [SupplyParameterFromQuery(Name = PersonPageQuery.DetailsUpdated)] private bool DetailsUpdated { get; set; }

    /// <summary>
    /// Carried from the first render into the interactive one: by then the confirmation has been taken out of the
    /// address, so that a reload does not show it again.
    /// </summary>
    [PersistentState] public bool ShowDetailsUpdated { get; set; }

    private PersonRecord? _record;
    private bool _notFound;
    private IReadOnlyList<Formulate.Data.Entities.BudgetSubmission> _agreed = [];
    private IReadOnlyList<HistoryPoint> _history = [];
    private IReadOnlyDictionary<Guid, EstimatePosition> _positions = new Dictionary<Guid, EstimatePosition>();

    private static readonly IReadOnlyList<GovukTableCell> HistoryHead = ["Date", "What", GovukTableCell.Numeric("£ a week")];
    private static readonly IReadOnlyList<GovukTableCell> AgreedHead = ["Starts", "Review by", GovukTableCell.Numeric("£ a week"), "Agreed after"];

    private IReadOnlyList<IReadOnlyList<GovukTableCell>> HistoryRows =>
    [
        .. _history.Select(p => (IReadOnlyList<GovukTableCell>)
            [MojDate.Date(p.Date), p.IsAgreed ? "Agreed budget starts" : "Estimate", GovukTableCell.Numeric(Pounds.Format(p.Weekly))]),
    ];

    private IReadOnlyList<IReadOnlyList<GovukTableCell>> AgreedRows =>
    [
        .. _agreed.Select(a => (IReadOnlyList<GovukTableCell>)
            [Formulate.Web.SignOff.SignOffText.Date(a.StartDate), Formulate.Web.SignOff.SignOffText.Date(a.ReviewDate), GovukTableCell.Numeric(Pounds.Format(a.ProposedWeekly)),
             $"{(a.NeedsSecondApproval ? "Two approvals" : "One approval")} ({Formulate.Web.SignOff.SignOffText.ApprovalLimit(a)})"]),
    ];

    private static readonly IReadOnlyList<GovukTableCell> ProfileHead = ["Assessment date", "Status", "Started", "Last changed", "Profile"];
    private static readonly IReadOnlyList<GovukTableCell> EstimateHead =
        ["Calculated", GovukTableCell.Numeric("Weekly estimate"), "Question set", "Model", "Configuration"];

    private DateOnly Today => UkTime.Today(Time);

    /// <summary>Each submission, decision and reply to a return, newest first.</summary>
    private IReadOnlyList<MojTimelineItem> SignOffHistory =>
    [
        .. _record!.Submissions.SelectMany(SignOffTimeline.Everything).OrderByDescending(item => item.Timestamp),
    ];

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Reached from another interactive page, the address still holds the confirmation: no page load took it out.
        if (firstRender && ShowDetailsUpdated)
        {
            await JS.InvokeVoidAsync("formulate.forgetShownConfirmations");
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        ShowDetailsUpdated |= DetailsUpdated;
        // Nothing of the person is kept for the page to render until every read has been allowed.
        _record = null;
        var user = await User.PrincipalAsync();
        var found = await People.FindAsync(user, PersonId);
        _notFound = found.Decision == CaseAccessDecision.NotFound;
        if (found.Decision == CaseAccessDecision.Forbidden)
        {
            Navigation.ToForbiddenPage();
            return;
        }

        if (found.Value is not { } record)
        {
            return;
        }

        _positions = EstimatePosition.Of(record.Estimates);
        _agreed = record.Agreed;
        _record = record;
        _history =
        [
            .. _record.Estimates.Select(s => new HistoryPoint(UkTime.DateOf(s.CreatedAt), s.WeeklyEstimate, IsAgreed: false)),
            .. _agreed.Select(a => new HistoryPoint(a.StartDate!.Value, a.ProposedWeekly, IsAgreed: true)),
        ];
        _history = [.. _history.OrderBy(p => p.Date).ThenBy(p => p.IsAgreed)];
    }

    private static IReadOnlyList<GovukSummaryListRow> DetailRows(Formulate.Data.Entities.Person person) =>
    [
        new() { Key = "Case reference", Value = person.CaseReference, Actions = ChangeAction(person, "case reference") },
        new() { Key = "Name", Value = PeopleService.FullName(person), Actions = ChangeAction(person, "name") },
        new() { Key = "Title", Value = person.Title ?? "Not recorded", Actions = ChangeAction(person, "title") },
        new() { Key = "Preferred name", Value = person.PreferredName ?? "Not recorded", Actions = ChangeAction(person, "preferred name") },
        new() { Key = "Date of birth", Value = person.DateOfBirth is { } born ? SignOffText.Date(born) : "Not recorded", Actions = ChangeAction(person, "date of birth") },
        new()
        {
            Key = "Address",
            Actions = ChangeAction(person, "address"),
            ValueContent = AddressLines(person) is { Count: > 0 } lines ? AddressContent(lines) : NoAddressContent,
        },
        new() { Key = "Team", Value = person.Team, Actions = ChangeAction(person, "team") },
    ];

    private static IReadOnlyList<GovukSummaryListAction> ChangeAction(Formulate.Data.Entities.Person person, string detail) =>
        [new($"/people/{person.Id}/change-details", "Change", detail)];

    private static IReadOnlyList<string> AddressLines(Formulate.Data.Entities.Person person) =>
        [.. new[] { person.AddressLine1, person.AddressLine2, person.Town, person.Postcode }.Where(line => !string.IsNullOrWhiteSpace(line)).Select(line => line!)];

    private IReadOnlyList<IReadOnlyList<GovukTableCell>> ProfileRows =>
    [
        .. _record!.Profiles.Select(p => (IReadOnlyList<GovukTableCell>)
        [
            MojDate.Date(p.AssessmentDate),
            new GovukTableCell { Content = StatusTag(p) },
            MojDate.Date(p.CreatedAt),
            MojDate.DateTime(p.UpdatedAt),
            new GovukTableCell { Content = ProfileLink(p) },
        ]),
    ];

    // Every row opens its own saved estimate; the hidden text names its place among its profile's estimates, so no two links read alike.
    private IReadOnlyList<IReadOnlyList<GovukTableCell>> EstimateRows =>
    [
        .. _record!.Estimates.Select(s => (IReadOnlyList<GovukTableCell>)
        [
            new GovukTableCell { Content = EstimateLink(s) },
            GovukTableCell.Numeric(Pounds.Format(s.WeeklyEstimate)),
            s.QuestionSetVersion,
            s.ModelVersion,
            s.ConfigurationVersion,
        ]),
    ];

    private string ProfileDescription(Guid profileId) =>
        _record!.Profiles.FirstOrDefault(p => p.Id == profileId) is { } profile
            ? Formulate.Web.Profiles.ProfileDescription.Of(profile)
            : "no longer on this page";

    private async Task StartProfileAsync()
    {
        // A double click sends two clicks; the second must not start a second profile while the first is saved.
        if (_starting)
        {
            return;
        }

        _starting = true;
        var started = await People.StartProfileAsync(await User.PrincipalAsync(), PersonId, Today, Engines.QuestionsInForceOn(Today));
        if (started.Decision == CaseAccessDecision.Forbidden)
        {
            Navigation.ToForbiddenPage();
            return;
        }

        Navigation.NavigateTo(started.Value switch
        {
            { Dropped.Count: > 0 } reassessment =>
                $"/profiles/{reassessment.Profile.Id}?{ProfileTasks.DroppedQuery}={Uri.EscapeDataString(string.Join(',', reassessment.Dropped))}",
            { } profile => $"/profiles/{profile.Profile.Id}",
            _ => $"/people/{PersonId}",
        });
    }
}
