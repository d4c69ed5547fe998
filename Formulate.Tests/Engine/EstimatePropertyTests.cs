using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;
using Formulate.Engine.Json;
using Formulate.Engine.Profiles;
using Formulate.Engine.Quality;
using Formulate.Engine.WhatIf;

namespace Formulate.Tests.Engine;

/// <summary>Properties every estimate must have, checked over reproducible generated profiles.</summary>
public class EstimatePropertyTests
{
    private const int ProfileCount = 300;

    private static readonly Dictionary<string, string[]> AreasByOutcome = new()
    {
        ["hygiene"] = ["personal-care", "second-carer"],
        ["toileting"] = ["personal-care", "second-carer"],
        ["dressing"] = ["personal-care", "second-carer"],
        ["nutrition"] = ["eating-drinking", "second-carer"],
        ["home_safety"] = ["safety-supervision"],
        ["home_environment"] = ["household"],
        ["relationships"] = ["relationships"],
        ["community"] = ["community-access"],
        ["work"] = ["work-learning"],
        ["child_care"] = ["caring-for-child"],
    };

    private static readonly string[] UnpaidQuestions =
        [.. CareActOutcomes.All.Select(outcome => $"{outcome.Id}.unpaid"), "night.unpaid", "medication.unpaid"];

    public static IEnumerable<object[]> Seeds => Enumerable.Range(1, ProfileCount).Select(seed => new object[] { seed });

    private static NeedsProfile Profile(int seed) => ProfileGenerator.Generate(DefaultDefinitions.Definition.Questions, seed);

    private static decimal AreaMoney(EstimateResult result, string[] areas) =>
        result.AllocationSummary.Where(line => areas.Contains(line.AreaId)).Sum(line => line.Amount);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Estimate_MoreNeedInAnArea_NeverLowersThatAreasMoneyOrTheEstimate(int seed)
    {
        var profile = Profile(seed);
        var before = EngineFixtures.Shipped.EstimateOrFail(profile);
        foreach (var (outcome, areas) in AreasByOutcome)
        {
            if (profile.NextUp($"{outcome}.need", ProfileVariations.NeedLevels) is not { } higher)
            {
                continue;
            }

            var after = EngineFixtures.Shipped.EstimateOrFail(profile.With($"{outcome}.need", higher));
            AreaMoney(after, areas).ShouldBeGreaterThanOrEqualTo(AreaMoney(before, areas), $"seed {seed}: {outcome} → {higher}");
            after.WeeklyEstimate.ShouldBeGreaterThanOrEqualTo(before.WeeklyEstimate, $"seed {seed}: {outcome} → {higher}");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Estimate_MoreOrMoreSustainableUnpaidSupport_NeverRaisesTheEstimate(int seed)
    {
        var profile = Profile(seed);
        var before = EngineFixtures.Shipped.EstimateOrFail(profile).WeeklyEstimate;
        foreach (var question in UnpaidQuestions)
        {
            if (profile.NextUp(question, ProfileVariations.ShareLevels) is { } more)
            {
                var sustainable = profile.Answers.GetValueOrDefault($"{question}_sustainable", "yes");
                var after = EngineFixtures.Shipped.EstimateOrFail(profile.With(question, more, sustainable)).WeeklyEstimate;
                after.ShouldBeLessThanOrEqualTo(before, $"seed {seed}: {question} → {more}");
            }

            if (profile.NextUp($"{question}_sustainable", ProfileVariations.Sustainability) is { } steadier)
            {
                var after = EngineFixtures.Shipped.EstimateOrFail(profile.With($"{question}_sustainable", steadier)).WeeklyEstimate;
                after.ShouldBeLessThanOrEqualTo(before, $"seed {seed}: {question}_sustainable → {steadier}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Estimate_WithoutUnpaidSupportWhatIf_IsNeverBelowTheEstimate(int seed)
    {
        var result = EngineFixtures.Shipped.EstimateOrFail(Profile(seed));

        var contingency = result.WhatIfs.Single(whatIf => whatIf.Id == WhatIfScenarios.WithoutUnpaidSupportId);
        contingency.WeeklyEstimate.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(result.WeeklyEstimate);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(6.7)]
    [InlineData(10)]
    public void Estimate_RateUpliftOfXPercent_MovesEachAreasMoneyByXPercentWithinRounding(double percent)
    {
        var factor = 1m + ((decimal)percent / 100m);
        var uplifted = EngineFixtures.WithConfiguration(configuration => configuration.RatesTimes(factor));
        var compared = 0;
        foreach (var profile in ProfileGenerator.Many(DefaultDefinitions.Definition.Questions, ProfileCount))
        {
            var before = EngineFixtures.Shipped.EstimateOrFail(profile);
            var after = uplifted.EstimateOrFail(profile);
            if (before.Adjustments.Count > 0 || after.Adjustments.Count > 0)
            {
                continue; // The cap and minimum are amounts in pounds that an uplift of rates deliberately leaves alone.
            }

            after.AllocationSummary.Select(line => line.AreaId).ShouldBe(before.AllocationSummary.Select(line => line.AreaId));
            foreach (var (old, updated) in before.AllocationSummary.Zip(after.AllocationSummary))
            {
                // Each line is rounded once to the penny, before and after, so the two can differ by just over a penny. A line
                // limited to the value of unpaid support carries the rounding of every line that value is summed from.
                var tolerance = old.Note is null ? 0.011m : 0.011m * before.AllocationSummary.Count;
                Math.Abs(updated.Amount - (old.Amount * factor)).ShouldBeLessThanOrEqualTo(tolerance, $"{old.AreaId}: {old.Amount} → {updated.Amount}");
            }

            compared++;
        }

        compared.ShouldBeGreaterThan(ProfileCount / 2);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Estimate_IdenticalInputs_GiveIdenticalResultsIncludingTheTrace(int seed)
    {
        var first = EngineFixtures.Shipped.EstimateOrFail(Profile(seed));
        var reloaded = new Formulate.Engine.FormulateEngine(DefaultDefinitions.Definition with { });
        var second = reloaded.EstimateOrFail(Profile(seed));

        FormulateJson.Serialize(second).ShouldBe(FormulateJson.Serialize(first));
    }
}
