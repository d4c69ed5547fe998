using Formulate.Engine;
using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;
using Formulate.Engine.Json;
using Formulate.Engine.Profiles;
using Formulate.Engine.WhatIf;

namespace Formulate.Tests.Engine;

/// <summary>
/// What-ifs share area results with the estimate and with each other (<c>AreaMemo</c>), and living situations that
/// calculate alike are worked out once. Each what-if must still be exactly what its scenario comes to when worked out
/// afresh, on its own, with nothing shared.
/// </summary>
public sealed class WhatIfDifferentialTests
{
    private const string LivingSituation = "person.living_situation";
    private const int Profiles = 300;

    public static TheoryData<string> Models => [.. DefaultDefinitions.All.Select(definition => definition.Stamp.Model)];

    [Theory]
    [MemberData(nameof(Models))]
    public void WhatIfs_GeneratedProfiles_EachEqualsItsScenarioWorkedOutAfreshWithNothingShared(string model)
    {
        var engine = new FormulateEngine(DefaultDefinitions.All.Single(definition => definition.Stamp.Model == model));
        var compared = 0;
        var differences = new List<string>();
        for (var seed = 0; seed < Profiles; seed++)
        {
            var profile = ProfileGenerator.Generate(engine.Definition.Questions, seed);
            if (engine.Estimate(profile).Result is not { } result)
            {
                continue;
            }

            foreach (var whatIf in result.WhatIfs)
            {
                var fresh = Afresh(engine.Definition, profile, whatIf.Id);
                if (Describe(whatIf) != fresh)
                {
                    differences.Add($"seed {seed}, {whatIf.Id}: shared {Describe(whatIf)}; afresh {fresh}");
                }

                compared++;
            }
        }

        compared.ShouldBeGreaterThan(Profiles, "most generated profiles are estimated, each with several what-ifs");
        differences.ShouldBeEmpty();
    }

    /// <summary>The scenario's figures from a calculation of its own, with no memo.</summary>
    private static string Afresh(EngineDefinition definition, NeedsProfile profile, string whatIfId)
    {
        var answers = ScenarioAnswers.Of(definition.Questions, new VisibleAnswers(definition.Questions, profile.Answers));
        var (changed, unpaidScope) = whatIfId == WhatIfScenarios.WithoutUnpaidSupportId
            ? (answers.With(WhatIfScenarios.WithoutUnpaidSupport(definition, answers)), "none")
            : (answers.With([(definition.Questions.PositionOf(LivingSituation), whatIfId[WhatIfScenarios.LivingSituationPrefix.Length..])]), "as-answered");
        var calculation = new Calculation(definition, profile.AssessmentDate, changed, tracing: false, memo: null, unpaidScope);
        var outcome = ScenarioCalculator.Run(calculation);
        return calculation.Missing.Count > 0 || outcome.NotEstimatedReason is not null
            ? "not estimated"
            : Describe(outcome.Total, outcome.TotalWeeklyHours, outcome.Lines, outcome.Adjustments, outcome.PanelReferral);
    }

    private static string Describe(WhatIfEstimate whatIf) =>
        whatIf.NotEstimatedReason is not null
            ? "not estimated"
            : Describe(whatIf.WeeklyEstimate!.Value, whatIf.TotalWeeklyHours, whatIf.AllocationSummary, whatIf.Adjustments, whatIf.PanelReferral);

    private static string Describe(
        decimal total, decimal hours, IReadOnlyList<AllocationLine> lines, IReadOnlyList<BudgetAdjustment> adjustments, PanelReferral? referral) =>
        $"£{total} a week, {hours} hours, {FormulateJson.Serialize(lines)}, {FormulateJson.Serialize(adjustments)}, panel {FormulateJson.Serialize(referral)}";
}
