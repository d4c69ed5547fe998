using Formulate.Web.Components.Govuk;
using Formulate.Web.Components.Practice;
using Formulate.Web.Profiles;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Formulate.Web.Components.Pages.Profiles;

public partial class ProfileTasks
{
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private DraftUpgrades Upgrades { get; set; } = default!;

    /// <summary>Set once, just after the profile moved to new questions.</summary>
    [SupplyParameterFromQuery(Name = UpgradePage.MovedQuery)] private bool Moved { get; set; }

    /// <summary>
    /// Carried from the first render into the interactive one: the move arrives by a page load, whose script takes the
    /// confirmation out of the address before the page turns interactive.
    /// </summary>
    [PersistentState] public bool ShowMoved { get; set; }

    protected override Task OnParametersSetAsync()
    {
        ShowMoved |= Moved;
        return base.OnParametersSetAsync();
    }

    public const string DroppedQuery = "dropped";

    /// <summary>Question ids of a reassessment's answers that were not carried forward, listed once, just after it starts.</summary>
    [SupplyParameterFromQuery(Name = DroppedQuery)] private string? DroppedIds { get; set; }

    private string[] Dropped => DroppedIds?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    private bool _droppedForgotten;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Reached from the person page inside the app, the address still holds the list: no page load took it out. The
        // script takes out what the banners on the page name, so it runs once the banner has been drawn.
        if (!_droppedForgotten && (Dropped.Length > 0 || ShowMoved) && Profile is not null)
        {
            _droppedForgotten = true;
            await JS.InvokeVoidAsync("formulate.forgetShownConfirmations");
        }
    }

    private int CarriedIn(string sectionId) =>
        Profile!.CarriedForward.Count(id => Questions.Find(id)?.Section == sectionId && Progress.IsVisible(id));

    private IReadOnlyList<GovukTaskListItem> Tasks => LockedProfileNotice.IsLocked(Profile!.Status) ? ReadOnlyTasks : OpenTasks;

    // A submitted or approved profile's sections lead to their answers, read only: no status that asks for work on them.
    private IReadOnlyList<GovukTaskListItem> ReadOnlyTasks =>
    [
        .. Questions.Sections.Select(section => Progress.StatusOf(section.Id) == SectionStatus.NothingToAnswer
            ? new GovukTaskListItem
            {
                Title = section.Title, StatusText = "No questions to answer", StatusClasses = "govuk-task-list__status--cannot-start-yet",
            }
            : new GovukTaskListItem
            {
                Title = section.Title, Href = SectionHref(section.Id), Hint = "View the answers", StatusText = "Cannot be changed",
            }),
    ];

    private IReadOnlyList<GovukTaskListItem> OpenTasks =>
    [
        .. Questions.Sections.Select(section => CarriedIn(section.Id) is > 0 and var carried
            ? new GovukTaskListItem
            {
                Title = section.Title, Href = SectionHref(section.Id), StatusTag = $"{carried} carried forward", StatusTagClasses = "govuk-tag--yellow",
                Hint = $"{CarriedForwardPanel.CountText(carried)} to confirm or change",
            }
            : Progress.StatusOf(section.Id) switch
        {
            SectionStatus.Completed => new GovukTaskListItem { Title = section.Title, Href = SectionHref(section.Id), StatusText = "Completed" },
            SectionStatus.InProgress => new GovukTaskListItem
            {
                Title = section.Title, Href = SectionHref(section.Id), StatusTag = "In progress", StatusTagClasses = "govuk-tag--light-blue",
            },
            SectionStatus.NotStarted => new GovukTaskListItem
            {
                Title = section.Title, Href = SectionHref(section.Id), StatusTag = "Not started", StatusTagClasses = "govuk-tag--blue",
            },
            _ => new GovukTaskListItem
            {
                Title = section.Title, StatusText = "No questions to answer", StatusClasses = "govuk-task-list__status--cannot-start-yet",
                Hint = "None of these questions apply, given the answers so far",
            },
        }),
    ];
}
