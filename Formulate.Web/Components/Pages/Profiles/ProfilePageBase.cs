using Formulate.Data.Entities;
using Formulate.Data.Profiles;
using Formulate.Engine;
using Formulate.Engine.Questions;
using Formulate.Web.People;
using Formulate.Web.Profiles;
using Formulate.Web.Reproducibility;
using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Pages.Profiles;

/// <summary>What every Needs Profile page loads: the profile, its person, its progress and the running estimate.</summary>
public abstract class ProfilePageBase : ComponentBase, IDisposable
{
    private ProfileEditor? _editor;

    [Parameter] public Guid ProfileId { get; set; }

    [Inject] protected NeedsProfileStore Store { get; set; } = default!;
    [Inject] protected EngineRegistry Engines { get; set; } = default!;
    [Inject] protected PeopleService People { get; set; } = default!;
    [Inject] protected CurrentUser User { get; set; } = default!;
    [Inject] protected NavigationManager Navigation { get; set; } = default!;

    protected ProfileEditor Editor => _editor ??= new ProfileEditor(Store, Questions);

    protected QuestionSet Questions => Engines.Current.Definition.Questions;

    /// <summary>The model and configuration in force on the profile's assessment date.</summary>
    protected FormulateEngine Engine => Profile is { } profile ? Engines.InForceOn(profile.AssessmentDate) : Engines.Current;

    protected EngineProfile? Profile => Editor.Profile;

    protected Person? Person { get; private set; }

    protected bool NotFound { get; private set; }

    protected ProfileProgress Progress { get; private set; } = default!;

    protected RunningEstimate Estimate { get; private set; } = default!;

    protected string PersonName => Person is null ? "" : PeopleService.FullName(Person);

    protected string ProfileHref => $"/profiles/{ProfileId}";

    protected override async Task OnParametersSetAsync()
    {
        var profile = await Editor.LoadAsync(ProfileId);
        if (profile is null)
        {
            NotFound = true;
            return;
        }

        Person = (await People.FindAsync(profile.PersonId))?.Person;
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
