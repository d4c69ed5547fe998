using Formulate.Analysis.Text;
using Formulate.Data.Entities;
using Formulate.Engine.Estimation;
using Formulate.Engine.Questions;
using Formulate.Web.Components.Govuk;
using Formulate.Web.Components.Moj;
using Formulate.Web.People;
using Formulate.Web.Profiles;
using Formulate.Web.Reproducibility;
using Formulate.Web.Security;
using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Pages.Estimates;

public partial class EstimatePage
{
    [Inject] private ProfileCases Cases { get; set; } = default!;
    [Inject] private PeopleService People { get; set; } = default!;
    [Inject] private EngineRegistry Engines { get; set; } = default!;
    [Inject] private ReproducibilityCheck Reproducibility { get; set; } = default!;
    [Inject] private CurrentUser User { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Parameter] public Guid EstimateId { get; set; }

    private EstimateSnapshot? _snapshot;
    private PersonRecord? _record;
    private EstimatePosition? _position;
    private EstimateResult? _result;
    private Formulate.Engine.Profiles.NeedsProfile? _input;
    private QuestionSet Questions = default!;
    private ReproducibilityOutcome? _reproducibility;
    private bool _notFound;

    private string Heading => _snapshot is null ? "Estimate" : $"Estimate saved on {MojDate.DateTime(_snapshot.CreatedAt)}";

    private string Title => _notFound ? "Estimate not found" : _record is null ? "Estimate" : $"{Heading} for {PeopleService.FullName(_record.Person)}";

    protected override async Task OnParametersSetAsync()
    {
        _record = null;
        _reproducibility = null;
        _snapshot = null;
        var user = await User.PrincipalAsync();
        var found = await Cases.FindEstimateAsync(user, EstimateId);
        var person = found.Value is { } estimate ? await People.FindAsync(user, estimate.PersonId) : null;
        if (found.Decision == CaseAccessDecision.Forbidden || person?.Decision == CaseAccessDecision.Forbidden)
        {
            Navigation.ToForbiddenPage();
            return;
        }

        _notFound = person?.Value is null;
        if (found.Value is not { } snapshot || person?.Value is not { } record)
        {
            return;
        }

        _snapshot = snapshot;

        // Everything shown is read from what was saved; nothing is worked out again with today's versions.
        _position = EstimatePosition.Of(record.Estimates)[_snapshot.Id];
        _result = EstimateSnapshots.ReadResult(_snapshot);
        _input = EstimateSnapshots.ReadInput(_snapshot);
        Questions = Engines.Find(Stamp(_snapshot)).Engine?.Definition.Questions ?? Engines.Current.Definition.Questions;
        _record = record;
    }

    private static VersionStamp Stamp(EstimateSnapshot snapshot) => new()
    {
        QuestionSet = snapshot.QuestionSetVersion,
        Model = snapshot.ModelVersion,
        Configuration = snapshot.ConfigurationVersion,
    };

    private void CheckReproducibility() => _reproducibility = _snapshot is null ? null : Reproducibility.Run(_snapshot);

    private IReadOnlyList<GovukSummaryListRow> DetailRows(EstimateSnapshot snapshot, EstimatePosition position)
    {
        var profile = _record!.Profiles.FirstOrDefault(p => p.Id == snapshot.NeedsProfileId);
        return
        [
            new() { Key = "Weekly estimate", Value = $"{Pounds.Format(snapshot.WeeklyEstimate)} a week" },
            new()
            {
                Key = "Needs Profile",
                Value = profile is null ? "No longer recorded" : ProfileDescription.Of(profile),
                Actions = profile is null ? [] : [new($"/profiles/{profile.Id}", "Open", "the Needs Profile")],
            },
            new() { Key = "Assessment date", Value = (_input?.AssessmentDate ?? profile?.AssessmentDate) is { } assessed ? MojDate.Date(assessed) : "Not recorded" },
            new() { Key = "Saved", Value = MojDate.DateTime(snapshot.CreatedAt) },
            new() { Key = "Saved by", Value = snapshot.CreatedBy },
            new() { Key = "Estimate", Value = $"{position.Number} of {position.Count} for this Needs Profile{(position.IsLatest ? ", the latest" : "")}" },
            new() { Key = "Question set", Value = snapshot.QuestionSetVersion },
            new() { Key = "Model", Value = snapshot.ModelVersion },
            new() { Key = "Configuration", Value = snapshot.ConfigurationVersion },
        ];
    }

    /// <summary>The stored answers in the question set's order, section by section; an answer to a question the set no longer has comes last, by its id.</summary>
    private IEnumerable<(string Title, IReadOnlyList<GovukSummaryListRow> Rows)> AnswerSections(IReadOnlyDictionary<string, string> answers)
    {
        foreach (var section in Questions.Sections)
        {
            IReadOnlyList<GovukSummaryListRow> rows =
            [
                .. Questions.Questions.Where(q => q.Section == section.Id && answers.ContainsKey(q.Id))
                    .Select(q => new GovukSummaryListRow { Key = q.Text, Value = q.LabelOf(answers[q.Id]) ?? answers[q.Id] }),
            ];
            if (rows.Count > 0)
            {
                yield return (section.Title, rows);
            }
        }

        IReadOnlyList<GovukSummaryListRow> unknown =
            [.. answers.Where(a => Questions.Find(a.Key) is null).OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => new GovukSummaryListRow { Key = a.Key, Value = a.Value })];
        if (unknown.Count > 0)
        {
            yield return ("Other answers", unknown);
        }
    }
}
