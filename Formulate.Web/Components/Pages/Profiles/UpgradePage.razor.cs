using Formulate.Engine.Questions;
using Formulate.Web.Components.Govuk;
using Formulate.Web.People;
using Formulate.Web.Profiles;
using Formulate.Web.Security;
using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Pages.Profiles;

/// <summary>
/// Shows a practitioner what moving a profile to the question set now in force does (answers kept, answers removed, new
/// questions) and moves it once they confirm, on the version of the profile they saw.
/// </summary>
public partial class UpgradePage
{
    public const string MovedQuery = "moved";

    [Inject] private DraftUpgrades Upgrades { get; set; } = default!;
    [Inject] private PeopleService People { get; set; } = default!;
    [Inject] private CurrentUser User { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Parameter] public Guid ProfileId { get; set; }

    /// <summary>The profile's version when the page was shown: a profile changed since is not moved.</summary>
    [SupplyParameterFromForm(FormName = "upgrade")] private string? ProfileVersion { get; set; }

    private DraftUpgrade? _upgrade;
    private string? _message;
    private string _personName = "";

    private string ProfileHref => $"/profiles/{ProfileId}";

    protected override async Task OnInitializedAsync()
    {
        var user = await User.PrincipalAsync();
        var found = await Upgrades.PreviewAsync(user, ProfileId);
        var person = found.Value is { } preview ? await People.FindAsync(user, preview.Profile.PersonId) : null;
        if (found.Decision == CaseAccessDecision.Forbidden || person?.Decision == CaseAccessDecision.Forbidden)
        {
            Navigation.ToForbiddenPage();
            return;
        }

        if (person?.Value is { } record)
        {
            _personName = PeopleService.FullName(record.Person);
            _upgrade = found.Value;
        }
    }

    private async Task MoveAsync()
    {
        if (_upgrade is null)
        {
            return;
        }

        var outcome = await Upgrades.MoveAsync(await User.PrincipalAsync(), ProfileId, ProfileVersion);
        if (outcome.Decision == CaseAccessDecision.Forbidden)
        {
            Navigation.ToForbiddenPage();
            return;
        }

        if (outcome.Value is not { } moved)
        {
            _upgrade = null;
            return;
        }

        if (moved.Moved)
        {
            Navigation.NavigateTo($"{ProfileHref}?{MovedQuery}=true");
            return;
        }

        _upgrade = moved.ShownAgain ?? _upgrade;
        _message = moved.Message;
    }

    private static IReadOnlyList<GovukSummaryListRow> Rows(IReadOnlyList<KeyValuePair<string, string>> answers, QuestionSet questions) =>
    [
        .. answers.Select(answer => questions.Find(answer.Key) is { } question
            ? new GovukSummaryListRow { Key = question.Text, Value = question.LabelOf(answer.Value) ?? answer.Value }
            : new GovukSummaryListRow { Key = answer.Key, Value = answer.Value }),
    ];
}
