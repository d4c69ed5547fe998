using Formulate.Analysis.Impact;
using Formulate.Data.SignOff;
using Formulate.Engine;
using Formulate.Engine.Estimation;
using Formulate.Engine.Json;
using Formulate.Engine.Parameters;
using Formulate.Web.Reproducibility;
using EngineNeedsProfile = Formulate.Engine.Profiles.NeedsProfile;

namespace Formulate.Web.Configuration;

/// <summary>
/// Re-estimates everyone with a current agreed budget under a draft and under the version in force,
/// in memory after one database read.
/// </summary>
public sealed class ImpactPreviewService(SignOffStore signOff, EngineRegistry engines)
{
    public async Task<ImpactReport> PreviewAsync(ParameterSet draft, DateOnly assessedOn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var agreed = await signOff.ListCurrentlyAgreedAsync(cancellationToken);
        var people = agreed.Select(a => new ImpactPerson(a.CaseReference, a.Name, new EngineNeedsProfile
        {
            AssessmentDate = a.AssessmentDate,
            Answers = FormulateJson.Deserialize<Dictionary<string, string>>(a.AnswersJson) ?? [],
        })).ToList();
        var current = engines.InForceOn(assessedOn);
        return ImpactPreview.Compare(people, current, new FormulateEngine(WithDraft(current.Definition, draft)), assessedOn);
    }

    /// <summary>The date to preview when none is chosen: the first day on or after today on which the draft changes anything.</summary>
    public DateOnly DefaultDate(ParameterSet draft, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var current = engines.InForceOn(today).Definition;
        return DraftTiming.DefaultPreviewDate(current, WithDraft(current, draft), today);
    }

    private static EngineDefinition WithDraft(EngineDefinition current, ParameterSet draft) =>
        draft.Kind == ParameterSetKind.Model ? current with { Model = draft } : current with { Configuration = draft };
}
