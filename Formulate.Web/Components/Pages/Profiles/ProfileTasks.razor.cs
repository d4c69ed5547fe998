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

    private IReadOnlyList<GovukTaskListItem> Tasks => LockedProfileNotice.IsLocked(Profile!.Status) ? ReadOnlyTasks : OpenTasks;

    /// <summary>The sections that apply given the answers so far; the others are not listed at all.</summary>
    private IReadOnlyList<SectionStep> Steps => SectionGuide.Steps(Questions, Progress, Profile!.CarriedForward);

    private int HiddenSections => Questions.Sections.Count - Steps.Count;

    /// <summary>Where answering goes on: the first section that applies with anything left to do.</summary>
    private Formulate.Engine.Questions.QuestionSection? NextToDo => Steps.FirstOrDefault(step => !step.IsDone)?.Section;

    private string StatusColour => Profile!.Status switch
    {
        Formulate.Data.Entities.NeedsProfileStatus.Approved => "success",
        Formulate.Data.Entities.NeedsProfileStatus.Submitted => "primary",
        Formulate.Data.Entities.NeedsProfileStatus.Returned => "warning",
        _ => "default",
    };

    // A submitted or approved profile's sections lead to their answers, read only: no status that asks for work on them.
    private IReadOnlyList<GovukTaskListItem> ReadOnlyTasks =>
    [
        .. Steps.Select(step => new GovukTaskListItem
        {
            Title = step.Section.Title, Href = SectionHref(step.Section.Id), Hint = "View the answers", StatusText = "Cannot be changed",
        }),
    ];

    private IReadOnlyList<GovukTaskListItem> OpenTasks =>
    [
        .. Steps.Select(step => step.Carried > 0
            ? new GovukTaskListItem
            {
                Title = step.Section.Title, Href = SectionHref(step.Section.Id), StatusTag = step.StatusText, StatusTagClasses = "warning",
                Hint = $"{CarriedForwardPanel.CountText(step.Carried)} to confirm or change",
            }
            : step.Status switch
            {
                SectionStatus.Completed => new GovukTaskListItem { Title = step.Section.Title, Href = SectionHref(step.Section.Id), StatusText = "Completed" },
                SectionStatus.InProgress => new GovukTaskListItem
                {
                    Title = step.Section.Title, Href = SectionHref(step.Section.Id), StatusTag = "In progress", StatusTagClasses = "primary",
                },
                _ => new GovukTaskListItem
                {
                    Title = step.Section.Title, Href = SectionHref(step.Section.Id), StatusTag = "Not started", StatusTagClasses = "default",
                },
            }),
    ];
}
