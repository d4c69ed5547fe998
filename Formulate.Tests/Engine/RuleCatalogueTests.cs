using Formulate.Engine.Chc;
using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;
using Formulate.Engine.Quality;
using Formulate.Engine.Rules;

namespace Formulate.Tests.Engine;

public class RuleCatalogueTests
{
    private static readonly List<string> ShippedKeys =
        [.. DefaultDefinitions.All.SelectMany(definition => definition.Model.Parameters.Concat(definition.Configuration.Parameters)).Select(parameter => parameter.Key)];

    [Fact]
    public void All_Ids_AreUnique()
    {
        RuleCatalogue.All.GroupBy(rule => rule.Id).Where(group => group.Count() > 1).Select(group => group.Key).ShouldBeEmpty();
    }

    [Fact]
    public void All_EveryEntry_HasLabelProseAndReference()
    {
        foreach (var rule in RuleCatalogue.All)
        {
            rule.Label.ShouldNotBeNullOrWhiteSpace(rule.Id);
            rule.Reference.ShouldNotBeNullOrWhiteSpace(rule.Id);
            rule.Paragraphs.ShouldNotBeEmpty(rule.Id);
            rule.Paragraphs.ShouldAllBe(paragraph => paragraph.Length > 20 && paragraph.EndsWith('.'), rule.Id);
        }
    }

    [Fact]
    public void All_EveryParameterNamed_ExistsInTheShippedDefinition()
    {
        foreach (var rule in RuleCatalogue.All)
        {
            foreach (var prefix in rule.Parameters)
            {
                ShippedKeys.ShouldContain(key => key.StartsWith(prefix, StringComparison.Ordinal), $"{rule.Id}: {prefix}");
            }
        }

        foreach (var section in MethodDocumentOrder.All)
        {
            foreach (var definition in DefaultDefinitions.All.Where(definition => section.Formulas.Contains(definition.Model.Formula ?? ModelFormulas.ByActivity)))
            {
                var keys = definition.Model.Parameters.Concat(definition.Configuration.Parameters).Select(parameter => parameter.Key).ToList();
                foreach (var prefix in section.Figures)
                {
                    keys.ShouldContain(key => key.StartsWith(prefix, StringComparison.Ordinal), $"{section.Title} ({definition.Stamp.Model}): {prefix}");
                }
            }
        }
    }

    [Fact]
    public void All_EveryAllocationLineRule_HasALetterPhraseAndALabel()
    {
        foreach (var rule in RuleCatalogue.All.Where(rule => rule.Kind is RuleKind.Area or RuleKind.Line))
        {
            RuleCatalogue.LetterPhraseOf(rule).ShouldNotBeNullOrWhiteSpace(rule.Id);
        }

        foreach (var area in AreaRules.All)
        {
            // An area without a line label of its own names its lines by the lines told apart by label (residential or nursing home).
            (area.LineLabel is not null || LineRules.All.Count(line => line.Area == area && line.SupportType is null) >= 2).ShouldBeTrue(area.Id);
        }

        LineRules.All.ShouldAllBe(line => line.Area != null && line.Area.Kind == RuleKind.Area);
    }

    [Fact]
    public void LineOf_NightLines_AreTheirOwnRulesWithTheirOwnPhrases()
    {
        var waking = RuleCatalogue.LineOf(AreaRules.NightSupport.Id, "waking_night_hour").ShouldNotBeNull();
        var sleepIn = RuleCatalogue.LineOf(AreaRules.NightSupport.Id, "sleep_in_night").ShouldNotBeNull();
        var calls = RuleCatalogue.LineOf(AreaRules.NightSupport.Id, "home_care").ShouldNotBeNull();

        new[] { waking.Id, sleepIn.Id, calls.Id }.Distinct().Count().ShouldBe(3);
        RuleCatalogue.LetterPhraseOf(waking).ShouldBe("Someone awake with you at night");
        RuleCatalogue.LetterPhraseOf(sleepIn).ShouldBe("Someone to sleep over at night");
        RuleCatalogue.LetterPhraseOf(calls).ShouldBe("Help at night");
        RuleCatalogue.LineOf("no-such-area", "home_care").ShouldBeNull();
    }

    [Fact]
    public void Explained_EachFormula_EveryHeadingOnceWithProse()
    {
        foreach (var formula in ModelFormulas.All)
        {
            var explained = RuleCatalogue.Explained(formula);
            explained.Select(section => section.Section.Title).ShouldBeUnique(formula);
            foreach (var section in explained)
            {
                (section.Section.Paragraphs.Count + section.Rules.Count).ShouldBeGreaterThan(0, $"{formula}: {section.Section.Title}");
                section.Section.Paragraphs.ShouldAllBe(paragraph => paragraph.Length > 20 && paragraph.EndsWith('.'), section.Section.Title);
                // A rule's prose is printed under its heading, so its heading must be in the document of every formula that reaches it.
                section.Rules.ShouldAllBe(rule => rule.Method!.Formulas.Contains(formula), section.Section.Title);
            }
        }

        RuleCatalogue.All.Where(rule => rule.Method != null).ShouldAllBe(rule => MethodDocumentOrder.All.Contains(rule.Method!));
    }

    [Fact]
    public void All_QaRulesWhatIfsAndChcDomains_EachHaveOneEntry()
    {
        QaRules.All.Select(rule => rule.Id).ShouldBe(QaRuleCatalogue.Rules.Select(rule => rule.Code).Distinct(), ignoreOrder: true);
        ChcCatalogueEntries.Descriptors.Select(rule => rule.Id).ShouldBe(ChcDescriptors.All.Select(descriptor => descriptor.Id));
        foreach (var situation in Formulate.Engine.Estimation.LivingSituations.All)
        {
            WhatIfRules.ForLivingSituation(situation).ShouldNotBeNull(situation).Kind.ShouldBe(RuleKind.WhatIf);
        }
    }
}
