using Formulate.Engine.Estimation;
using Formulate.Engine.Parameters;
using Formulate.Engine.Rules;

namespace Formulate.Tests.Engine;

/// <summary>The catalogue against what estimates do: every id an estimate carries is an entry, and every entry is reached.</summary>
public class RuleCatalogueReachTests
{
    private static IEnumerable<EstimateResult> WorkedCases() =>
        Directory.EnumerateFiles(WorkedCaseDataAttribute.Folder, "*.json").Order(StringComparer.Ordinal)
            .Select(path => EngineFixtures.Shipped.EstimateOrFail(WorkedCaseDataAttribute.Load(Path.GetFileNameWithoutExtension(path)).Profile))
            .Concat(CareAsPlanned.PlannedProfiles.All.Select(planned => CareAsPlanned.PlannedProfiles.Engine.EstimateOrFail(planned.Profile())));

    public static TheoryData<string> Formulas => [.. ModelFormulas.All];

    /// <summary>
    /// The method document of each formula has a heading, by title, for every rule with a heading that the formula's worked
    /// cases reach, and no heading they do not reach: a reader finds every figure's rule explained, and nothing the model
    /// does not do.
    /// </summary>
    [Theory]
    [MemberData(nameof(Formulas))]
    public void Explained_FormulasWorkedCases_ReachEveryHeadingOfItsDocumentAndNoOther(string formula)
    {
        var cases = formula == ModelFormulas.CareAsPlanned
            ? CareAsPlanned.PlannedProfiles.All.Select(planned => CareAsPlanned.PlannedProfiles.Engine.EstimateOrFail(planned.Profile()))
            : Directory.EnumerateFiles(WorkedCaseDataAttribute.Folder, "*.json")
                .Select(path => EngineFixtures.Shipped.EstimateOrFail(WorkedCaseDataAttribute.Load(Path.GetFileNameWithoutExtension(path)).Profile));

        var reached = cases.SelectMany(CatalogueReach.Of).Select(RuleCatalogue.Find).OfType<RuleEntry>()
            .Where(rule => rule.Method is not null).Select(rule => rule.Method!.Title).ToHashSet(StringComparer.Ordinal);

        MethodDocumentOrder.For(formula).Select(section => section.Title).ShouldBe(reached, ignoreOrder: true);
    }

    public static TheoryData<string> PlannedCases => [.. CareAsPlanned.PlannedProfiles.All.Select(planned => planned.Name)];

    [Theory]
    [MemberData(nameof(PlannedCases))]
    public void Trace_PlannedWorkedCase_EveryRuleIdAndLineIsACatalogueEntryWithItsLabel(string name)
    {
        var result = CareAsPlanned.PlannedProfiles.Engine.EstimateOrFail(CareAsPlanned.PlannedProfiles.All.Single(planned => planned.Name == name).Profile());

        foreach (var step in CatalogueReach.Steps(result.Trace))
        {
            var rule = RuleCatalogue.Find(step.RuleId).ShouldNotBeNull($"{name}: trace step '{step.RuleId}' has no catalogue entry");
            rule.Kind.ShouldBeOneOf(RuleKind.Step, RuleKind.Area);
            step.Label.ShouldBe(rule.Label, $"{name}: trace step '{step.RuleId}'");
        }

        foreach (var line in CatalogueReach.Lines(result))
        {
            var rule = RuleCatalogue.Find(line.RuleId).ShouldNotBeNull($"{name}: line '{line.Area}' ({line.AreaId}) has no catalogue entry");
            var labels = LineRules.All.Where(entry => entry.Area == rule && entry.SupportType is null).Select(entry => entry.Label)
                .Append(rule.Kind == RuleKind.Line ? rule.Label : rule.LineLabel);
            labels.ShouldContain(line.Area, $"{name}: line {line.RuleId}");
        }
    }

    [Theory]
    [WorkedCaseData]
    public void Trace_WorkedCase_EveryRuleIdIsACatalogueStepOrArea(string name)
    {
        var result = EngineFixtures.Shipped.EstimateOrFail(WorkedCaseDataAttribute.Load(name).Profile);

        foreach (var step in CatalogueReach.Steps(result.Trace))
        {
            var rule = RuleCatalogue.Find(step.RuleId).ShouldNotBeNull($"{name}: trace step '{step.RuleId}' has no catalogue entry");
            rule.Kind.ShouldBeOneOf(RuleKind.Step, RuleKind.Area);
            step.Label.ShouldBe(rule.Label, $"{name}: trace step '{step.RuleId}'");
        }
    }

    [Theory]
    [WorkedCaseData]
    public void Result_WorkedCase_EveryLineStatementWhatIfAndDomainIsACatalogueEntry(string name)
    {
        var result = EngineFixtures.Shipped.EstimateOrFail(WorkedCaseDataAttribute.Load(name).Profile);

        foreach (var line in CatalogueReach.Lines(result))
        {
            var rule = RuleCatalogue.Find(line.RuleId).ShouldNotBeNull($"{name}: line '{line.Area}' ({line.AreaId}) has no catalogue entry");
            rule.Kind.ShouldBeOneOf(RuleKind.Area, RuleKind.Line);
            // An area's lines carry its line label, or the label of one of its lines told apart only by label.
            var labels = LineRules.All.Where(entry => entry.Area == rule && entry.SupportType is null).Select(entry => entry.Label)
                .Append(rule.Kind == RuleKind.Line ? rule.Label : rule.LineLabel);
            labels.ShouldContain(line.Area, $"{name}: line {line.RuleId}");
        }

        result.QualityStatements.ShouldAllBe(statement => RuleCatalogue.Find(statement.Code)!.Kind == RuleKind.QualityAssurance);
        result.WhatIfs.ShouldAllBe(whatIf => RuleCatalogue.Find(whatIf.Id)!.Kind == RuleKind.WhatIf);
        foreach (var step in CatalogueReach.Steps(result.Chc.Trace.ShouldNotBeNull()))
        {
            var rule = RuleCatalogue.Find(step.RuleId).ShouldNotBeNull($"{name}: CHC trace step '{step.RuleId}' has no catalogue entry");
            rule.Kind.ShouldBe(RuleKind.Chc);
            step.Label.ShouldBe(rule.Label, $"{name}: CHC trace step '{step.RuleId}'");
        }
    }

    [Fact]
    public void Catalogue_WorkedCasesAndCatalogueProfiles_ReachEveryEntry()
    {
        var reached = WorkedCases()
            .Concat(CatalogueProfiles.All.Select(profile => EngineFixtures.Shipped.EstimateOrFail(profile.Build())))
            .Concat(QaRuleTests.ConfigurationTriggers.Select(row =>
                EngineFixtures.WithConfiguration((Func<ParameterSet, ParameterSet>)row[2]).EstimateOrFail(((Func<ProfileBuilder>)row[1])().Build())))
            .SelectMany(CatalogueReach.Of)
            // The Checklist's descriptors are reached by the test table built from them, each by a profile at it.
            .Concat(Chc.ChcDescriptorCases.All.SelectMany(row => CatalogueReach.Steps(Chc.ChcAnswers.Predict(row.At).Trace.ShouldNotBeNull())).Select(step => step.RuleId))
            .ToHashSet(StringComparer.Ordinal);

        RuleCatalogue.All.Select(rule => rule.Id).Where(id => !reached.Contains(id)).ShouldBeEmpty(
            "No worked case or catalogue profile reaches these entries: add a profile that does, or remove the entry");
    }

    [Fact]
    public void Trace_WorkedCasesAndCatalogueProfiles_EveryParameterReadIsDeclaredByItsRule()
    {
        var results = WorkedCases().Concat(CatalogueProfiles.All.Select(profile => EngineFixtures.Shipped.EstimateOrFail(profile.Build())));

        foreach (var step in results.SelectMany(result => CatalogueReach.Steps(result.Trace)))
        {
            var rule = RuleCatalogue.Find(step.RuleId)!;
            foreach (var read in step.Parameters)
            {
                rule.Parameters.ShouldContain(prefix => read.Key.StartsWith(prefix, StringComparison.Ordinal), $"{step.RuleId} reads {read.Key}");
            }
        }
    }
}
