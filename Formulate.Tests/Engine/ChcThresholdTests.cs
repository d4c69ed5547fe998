using Formulate.Engine.Chc;

namespace Formulate.Tests.Engine;

public class ChcThresholdTests
{
    // Levels are written one letter per domain in ChcDomain order:
    // breathing*, nutrition, continence, skin, mobility, communication, psychological, cognition, behaviour*, drugs*, altered states*.
    [Theory]
    [InlineData("CCCCCCCCCCC", "")]
    [InlineData("CAACCCCCCCC", "TwoOrMoreA")]
    [InlineData("CACCCCCCCCC", "")]
    [InlineData("CBBBBBCCCCC", "FiveOrMoreB")]
    [InlineData("CBBBBCCCCCC", "")]
    [InlineData("CABBBBCCCCC", "OneAAndFourB")]
    [InlineData("CABBBCCCCCC", "")]
    [InlineData("ACCCCCCCCCC", "AInPriorityDomain")]
    [InlineData("CCCCCCCCACC", "AInPriorityDomain")]
    [InlineData("CCCCCCCCCAC", "AInPriorityDomain")]
    [InlineData("CCCCCCCCCCA", "AInPriorityDomain")]
    [InlineData("CCCCCCCACCC", "")]
    [InlineData("ACCCCCCACCC", "AInPriorityDomain,TwoOrMoreA")]
    [InlineData("BABBBBCCCCC", "FiveOrMoreB,OneAAndFourB")]
    [InlineData("NBBBBNNNNNN", "")]
    [InlineData("BBBBBBBBBBB", "FiveOrMoreB")]
    public void RulesMet_Levels_MatchTheNationalThreshold(string levels, string expected)
    {
        var domains = Enum.GetValues<ChcDomain>();
        var entries = levels.Select((letter, i) => (domains[i], letter switch
        {
            'A' => ChcLevel.A,
            'B' => ChcLevel.B,
            'C' => ChcLevel.C,
            _ => ChcLevel.NotApplicable,
        }));

        var rules = ChcThreshold.RulesMet(entries);

        string.Join(",", rules).ShouldBe(expected);
    }

    [Fact]
    public void PriorityDomains_AreTheFourStarredDomains()
    {
        ChcThreshold.PriorityDomains.ShouldBe(
            [ChcDomain.Breathing, ChcDomain.Behaviour, ChcDomain.DrugTherapies, ChcDomain.AlteredStatesOfConsciousness],
            ignoreOrder: true);
    }
}
