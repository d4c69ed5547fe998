using Formulate.Data.Estimates;

namespace Formulate.Tests.Data.Builders;

public sealed class NewEstimateSnapshotBuilder
{
    private decimal _weeklyEstimate = 318.40m;

    public NewEstimateSnapshotBuilder WithWeeklyEstimate(decimal weeklyEstimate)
    {
        _weeklyEstimate = weeklyEstimate;
        return this;
    }

    public NewEstimateSnapshot Build() => new()
    {
        QuestionSetVersion = "2026.1",
        ModelVersion = "core-1.0",
        ConfigurationVersion = "demo-2026-04",
        WeeklyEstimate = _weeklyEstimate,
        InputJson = """{"answers":{"meals":"prompting"}}""",
        ResultJson = """{"weeklyEstimate":318.40}""",
        TraceJson = """{"rule":"total","children":[]}""",
    };
}
