using Formulate.Analysis.Text;
using Formulate.Data.Profiles;
using Formulate.Data.Time;
using Formulate.Engine;
using Formulate.Engine.Questions;
using Formulate.Web.Components.Govuk;
using Formulate.Web.Components.Pages.SelfAssessment;
using Formulate.Web.People;
using Formulate.Web.Profiles;
using Formulate.Web.SelfAssessments;
using Microsoft.AspNetCore.Components;
using Formulate.Web.Components.Staff;
using MudBlazor;

namespace Formulate.Web.Components.Pages.SelfAssessments;

public partial class ReviewSelfAssessment
{
    [Inject] private SelfAssessmentReviews Reviews { get; set; } = default!;
    [Inject] private SelfAssessmentJourney Journey { get; set; } = default!;
    [Inject] private PeopleService People { get; set; } = default!;
    [Inject] private FormulateEngine Engine { get; set; } = default!;
    [Inject] private CurrentUser User { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Parameter] public Guid Id { get; set; }

    private OpenedSelfAssessment? _opened;
    private bool _refused;
    private RunningEstimate? _estimate;
    private string? _saved;
    private string? _message;
    private Dictionary<string, string> _decisions = [];

    private static readonly IReadOnlyList<GovukTableCell> ReviewedHead = ["Question", "Their answer", "Practitioner's answer", "", "Checked by"];

    private CitizenVoice Voice => CitizenVoicing.Of(_opened!.SelfAssessment.Voice);

    /// <summary>Who gave the answers, as the practitioner reads it.</summary>
    private string Answerer => _opened!.SelfAssessment.HelperName is { } helper
        ? $"{helper} ({RelationshipLabel})"
        : PeopleService.FullName(_opened.Person);

    private string RelationshipLabel =>
        WhoFillsIn.RelationshipLabel(_opened!.SelfAssessment.HelperRelationship);

    /// <summary>The person's answers not checked yet, in question order.</summary>
    private List<Question> Pending =>
    [
        .. Journey.Questions.Questions.Where(q => _opened!.PersonAnswers.ContainsKey(q.Id) && !_opened.Reviews.Any(r => r.QuestionId == q.Id)),
    ];

    private IReadOnlyList<GovukSummaryListRow> DetailRows =>
    [
        new() { Key = "Answered by", Value = _opened!.SelfAssessment.HelperName is null ? $"{PeopleService.FullName(_opened.Person)}, for themselves" : $"{Answerer}, on their behalf" },
        new() { Key = "Sent", Value = Formulate.Web.SignOff.SignOffText.Date(UkTime.DateOf(_opened.SelfAssessment.SubmittedAt!.Value)) },
        new() { Key = "Answers", Value = $"{_opened.PersonAnswers.Count} given, {_opened.Reviews.Count} checked" },
        .. PayingRows,
    ];

    /// <summary>Where the council showed an indicative figure: whether they pay for their own care, and the figure they saw.</summary>
    private IEnumerable<GovukSummaryListRow> PayingRows
    {
        get
        {
            var sent = _opened!.SelfAssessment;
            if (sent.ArrangesOwnCare is { } paying)
            {
                yield return new() { Key = "Pays for their own care", Value = ArrangesOwnCare.ForPractitioner(paying) };
            }

            if (sent.IndicativeConfigurationVersion is { } configuration)
            {
                var versions = $"worked out with {configuration} and {sent.IndicativeModelVersion}";
                yield return new()
                {
                    Key = "Figure shown to them",
                    Value = sent.IndicativeWeekly is { } weekly
                        ? $"{Pounds.Format(weekly)} a week, as {(sent.ArrangesOwnCare == ArrangesOwnCare.Yes ? "an independent personal budget" : "an indicative figure")}, {versions}"
                        : $"None: their answers gave no figure, {versions}",
                };
            }
        }
    }

    private IReadOnlyList<IReadOnlyList<GovukTableCell>> ReviewedRows =>
    [
        .. _opened!.Reviews.OrderBy(r => Journey.Questions.PositionOf(r.QuestionId)).Select(r =>
        {
            var question = Journey.Questions.Find(r.QuestionId);
            return (IReadOnlyList<GovukTableCell>)
            [
                question?.Text ?? r.QuestionId,
                question is null ? r.PersonAnswer : question.LabelOf(r.PersonAnswer) ?? r.PersonAnswer,
                question is null ? r.PractitionerAnswer : question.LabelOf(r.PractitionerAnswer) ?? r.PractitionerAnswer,
                r.Accepted ? "Accepted" : "Changed",
                r.ReviewedBy,
            ];
        }),
    ];

    private static IReadOnlyList<GovukChoiceItem> ItemsOf(Question question) =>
        [.. question.Answers.Select(a => new GovukChoiceItem { Value = a.Code, Text = a.Label })];

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        var opened = await Reviews.OpenAsync(await User.PrincipalAsync(), Id);
        _refused = !opened.IsAllowed;
        _opened = opened.Value;
        if (_opened is null)
        {
            return;
        }

        _decisions = Pending.ToDictionary(q => q.Id, q => _opened.PersonAnswers[q.Id]);
        _estimate = _opened.Profile is { } profile ? RunningEstimate.For(Engine, EngineProfile.From(profile)) : null;
    }

    private async Task StartProfileAsync()
    {
        await People.StartProfileAsync(await User.PrincipalAsync(), _opened!.Person.Id, UkTime.Today(Time), Journey.Questions);
        await LoadAsync();
    }

    private async Task SaveAsync()
    {
        var changed = _decisions.Count(d => d.Value != _opened!.PersonAnswers[d.Key]);
        var result = await Reviews.ReviewAsync(await User.PrincipalAsync(), _opened!, _decisions);
        _saved = null;
        _message = null;
        if (!result.IsSaved)
        {
            _message = result.Outcome == SaveAnswerOutcome.Conflict
                ? "The Needs Profile was changed by someone else while you were checking. Nothing was saved; check the answers again."
                : result.Message;
            Snackbar.Failed("Nothing was saved into the Needs Profile");
            await LoadAsync();
            return;
        }

        await LoadAsync();
        _saved = Pending.Count == 0
            ? $"Every answer is now in the Needs Profile. You changed {changed} of them."
            : $"Answers saved into the Needs Profile. You changed {changed}. {Pending.Count} could not be saved because the Needs Profile's answers do not ask them; check them again.";
        Snackbar.Saved("Answers saved into the Needs Profile");
    }
}
