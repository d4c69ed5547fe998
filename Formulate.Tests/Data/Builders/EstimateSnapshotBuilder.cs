using Formulate.Data.Entities;
using Formulate.Tests.Data.Infrastructure;

namespace Formulate.Tests.Data.Builders;

public sealed class EstimateSnapshotBuilder
{
    private Guid _personId;
    private Guid _needsProfileId;
    private decimal _weeklyEstimate = 412.37m;
    private DateTimeOffset _createdAt = FixedTimeProvider.DefaultNow;

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
        ResultJson = $$"""{"weeklyEstimate":{{_weeklyEstimate}}}""",
        TraceJson = """{"rule":"total","children":[]}""",
    };
}
