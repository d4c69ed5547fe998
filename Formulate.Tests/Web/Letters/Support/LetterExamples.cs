using Formulate.Data.Entities;
using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;
using Formulate.Engine.Parameters;
using Formulate.Tests.Data.Builders;
using Formulate.Tests.Engine;
using Formulate.Web.Letters;
using Formulate.Web.Profiles;

namespace Formulate.Tests.Web.Letters.Support;

/// <summary>Letters made from worked cases, as a saved estimate would make them.</summary>
internal static class LetterExamples
{
    public static DateOnly Date { get; } = new(2026, 11, 22);

    public static CouncilDetails Council => DefaultDefinitions.Definition.Configuration.Council!;

    public static EstimateResult Result(string workedCase) =>
        EngineFixtures.Shipped.Estimate(WorkedCaseDataAttribute.Load(workedCase).Profile).Result.ShouldNotBeNull();

    public static EstimateSnapshot Snapshot(string workedCase)
    {
        var profile = WorkedCaseDataAttribute.Load(workedCase).Profile;
        return EstimateSnapshots.From(profile, Result(workedCase)).ToSnapshot(Guid.Empty, Guid.Empty, default, "test.practitioner");
    }

    public static Letter Letter(string workedCase = "wc02", AgreedBudget? agreed = null) =>
        LetterComposer.Compose(new PersonBuilder().Build(), Snapshot(workedCase), Council, Date, agreed).Letter.ShouldNotBeNull();
}
