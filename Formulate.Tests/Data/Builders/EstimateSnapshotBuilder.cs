using System.Text.Json.Nodes;
using Formulate.Data.Entities;
using Formulate.Engine.Estimation;
using Formulate.Engine.Json;
using Formulate.Engine.Quality;
using Formulate.Tests.Data.Infrastructure;

namespace Formulate.Tests.Data.Builders;

public sealed class EstimateSnapshotBuilder
{
    private Guid _personId;
    private Guid _needsProfileId;
    private decimal _weeklyEstimate = 412.37m;
    private DateTimeOffset _createdAt = FixedTimeProvider.DefaultNow;
    private IReadOnlyList<QaStatement> _warnings = [];
    private PanelReferral? _panelReferral;

    public EstimateSnapshotBuilder ForProfile(NeedsProfile profile)
    {
        _needsProfileId = profile.Id;
        _personId = profile.PersonId;
        return this;
    }

    public EstimateSnapshotBuilder WithWeeklyEstimate(decimal weeklyEstimate)
    {
        _weeklyEstimate = weeklyEstimate;
        return this;
    }

    /// <summary>The quality-assurance statements the stored result carries, in this order.</summary>
    public EstimateSnapshotBuilder WithWarnings(params QaStatement[] warnings)
    {
        _warnings = warnings;
        return this;
    }

    /// <summary>The stored result went to panel under the council's policy on the high-end cap.</summary>
    public EstimateSnapshotBuilder WithPanelReferral(PanelReferral referral)
    {
        _panelReferral = referral;
        return this;
    }

    public EstimateSnapshotBuilder CreatedAt(DateTimeOffset createdAt)
    {
        _createdAt = createdAt;
        return this;
    }

    public EstimateSnapshot Build() => new()
    {
        NeedsProfileId = _needsProfileId,
        PersonId = _personId,
        CreatedAt = _createdAt,
        CreatedBy = "test.practitioner",
        QuestionSetVersion = "2026.1",
        ModelVersion = "core-1.0",
        ConfigurationVersion = "demo-2026-04",
        WeeklyEstimate = _weeklyEstimate,
        InputJson = """{"answers":{"mobility":"needs-help"}}""",
        ResultJson = new JsonObject
        {
            ["weeklyEstimate"] = _weeklyEstimate,
            ["qualityStatements"] = JsonNode.Parse(FormulateJson.Serialize(_warnings)),
            ["panelReferral"] = _panelReferral is null ? null : JsonNode.Parse(FormulateJson.Serialize(_panelReferral)),
        }.ToJsonString(),
        TraceJson = """{"rule":"total","children":[]}""",
    };
}
