using Formulate.Data.Entities;
using Formulate.Data.Profiles;
using Formulate.Engine;
using Formulate.Engine.Questions;
using Formulate.Web.People;
using Formulate.Web.Profiles;
using Formulate.Web.Reproducibility;
using Formulate.Web.Security;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Pages.Profiles;

/// <summary>What every Needs Profile page loads: the profile, its person, its progress and the running estimate.</summary>
public abstract class ProfilePageBase : ComponentBase, IDisposable
{
    private ProfileEditor? _editor;
    private ClaimsPrincipal? _user;
    private bool _mayShow;

    [Parameter] public Guid ProfileId { get; set; }

    [Inject] protected NeedsProfileStore Store { get; set; } = default!;
    [Inject] protected CaseAccess Access { get; set; } = default!;
    [Inject] protected EngineRegistry Engines { get; set; } = default!;
    [Inject] protected PeopleService People { get; set; } = default!;
    [Inject] protected CurrentUser User { get; set; } = default!;
    [Inject] protected NavigationManager Navigation { get; set; } = default!;

    protected ProfileEditor Editor =>
        _editor ??= new ProfileEditor(Access, Store, QuestionsOf, _user ?? throw new InvalidOperationException("The user is read before the profile."));

    /// <summary>The question set the profile is answered on, which may be older than the one new profiles use.</summary>
    protected QuestionSet Questions => Profile is { } profile ? QuestionsOf(profile) : Engines.Current.Definition.Questions;

    /// <summary>The model and configuration the profile is estimated with on its assessment date, for its own question set.</summary>
    protected FormulateEngine Engine => Profile is { } profile ? Engines.ForProfile(profile.QuestionSetVersion, profile.AssessmentDate) : Engines.Current;

    private QuestionSet QuestionsOf(EngineProfile profile) => Engines.QuestionSet(profile.QuestionSetVersion) ?? Engines.Current.Definition.Questions;

    /// <summary>Null until the user is known to work with the person's team, so no render shows another team's profile.</summary>
    protected EngineProfile? Profile => _mayShow ? Editor.Profile : null;

    protected Person? Person { get; private set; }

    protected bool NotFound { get; private set; }

    protected ProfileProgress Progress { get; private set; } = default!;

    protected RunningEstimate Estimate { get; private set; } = default!;

    protected string PersonName => Person is null ? "" : PeopleService.FullName(Person);

    protected string ProfileHref => $"/profiles/{ProfileId}";

    protected override async Task OnParametersSetAsync()
    {
        _mayShow = false;
        NotFound = false;
        Person = null;
        _user ??= await User.PrincipalAsync();
        var decision = await Editor.LoadAsync(ProfileId);
        var person = Editor.Profile is { } profile ? await People.FindAsync(_user, profile.PersonId) : null;
        if (decision == CaseAccessDecision.Forbidden || person?.Decision == CaseAccessDecision.Forbidden)
        {
            NotFound = true;
            Navigation.ToForbiddenPage();
            return;
        }

        if (person?.Value is not { } record)
        {
            NotFound = true;
            return;
        }

        Person = record.Person;

        // Before the next await: the page may render while it waits, and must not find a profile without its estimate.
        _mayShow = true;
        Recalculate();
    }

    /// <summary>Brings the progress and the running estimate up to date with the editor's answers.</summary>
    protected void Recalculate()
    {
        if (Profile is { } profile)
        {
            Progress = new ProfileProgress(Questions, profile.Answers);
            Estimate = RunningEstimate.For(Engine, profile);
        }
    }

    protected string SectionHref(string sectionId) => $"{ProfileHref}/sections/{sectionId}";

    protected string QuestionHref(string questionId) =>
        Questions.Find(questionId) is { } question ? $"{SectionHref(question.Section)}#{questionId}" : ProfileHref;

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _editor?.Dispose();
        }
    }
}
