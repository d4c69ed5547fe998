using Formulate.Engine.Chc;

namespace Formulate.Tests.Engine.Chc;

public class ChcDescriptorTableTests
{
    /// <summary>Each case named by its descriptor's id, level and words, so that the test list reads as the Checklist.</summary>
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in ChcDescriptorCases.All)
        {
            var descriptor = ChcDescriptors.Find(row.DescriptorId);
            data.Add(row.DescriptorId, descriptor is null ? "(not in the descriptor table)" : $"{descriptor.Level} — {descriptor.Text}");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Predict_ProfileAtTheDescriptor_MatchesIt(string descriptorId, string words)
    {
        var row = ChcDescriptorCases.All.Single(c => c.DescriptorId == descriptorId);
        var descriptor = ChcDescriptors.Find(descriptorId).ShouldNotBeNull();

        var domain = ChcAnswers.Domain(row.At, descriptor.Domain);

        domain.Descriptor.ShouldNotBeNull().Id.ShouldBe(descriptorId, words);
        domain.Level.ShouldBe(descriptor.Level);
        domain.Reason.ShouldBe(descriptor.Text);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Predict_ProfileJustBesideTheDescriptor_MeetsTheNeighbourInstead(string descriptorId, string words)
    {
        var row = ChcDescriptorCases.All.Single(c => c.DescriptorId == descriptorId);
        var descriptor = ChcDescriptors.Find(descriptorId).ShouldNotBeNull();
        var neighbour = ChcDescriptors.Find(row.BesideDescriptorId).ShouldNotBeNull();

        var domain = ChcAnswers.Domain(row.Beside, descriptor.Domain);

        domain.Descriptor.ShouldNotBeNull().Id.ShouldBe(neighbour.Id, $"beside {words}");
        neighbour.Domain.ShouldBe(descriptor.Domain);
        if (descriptor.Level != ChcLevel.C)
        {
            // Below: a lower level (C is the last in the enum).
            ((int)neighbour.Level).ShouldBeGreaterThan((int)descriptor.Level);
        }
    }

    [Fact]
    public void Cases_Together_ReachEveryDescriptorOfEveryDomain()
    {
        ChcDescriptorCases.All.Select(c => c.DescriptorId).ShouldBeUnique();
        ChcDescriptorCases.All.Select(c => c.DescriptorId).ShouldBe(ChcDescriptors.All.Select(d => d.Id), ignoreOrder: true);
    }

    [Fact]
    public void Descriptors_EachDomain_HasAnA_AB_AndAC_AndUniqueIdsThatNameDomainAndLevel()
    {
        ChcDescriptors.All.Select(d => d.Id).ShouldBeUnique();
        foreach (var domain in Enum.GetValues<ChcDomain>())
        {
            ChcDescriptors.All.Where(d => d.Domain == domain).Select(d => d.Level).Distinct()
                .ShouldBe([ChcLevel.A, ChcLevel.B, ChcLevel.C], ignoreOrder: true, customMessage: domain.ToString());
        }

        foreach (var descriptor in ChcDescriptors.All)
        {
            descriptor.Id.ShouldStartWith("chc.");
            descriptor.Id.Split('.')[2].ShouldBe(descriptor.Level.ToString().ToLowerInvariant(), descriptor.Id);
            descriptor.Reference.ShouldContain("July 2022");
            descriptor.Reference.ShouldContain(ChcDomainNames.Of(descriptor.Domain));
        }
    }

    [Fact]
    public void DomainRules_NameOnlyTheirOwnDomainsDescriptors_FromAToC_EndingWithOneThatAlwaysHolds()
    {
        ChcDomainRules.All.Select(rule => rule.Domain).ShouldBe(Enum.GetValues<ChcDomain>());
        foreach (var rule in ChcDomainRules.All)
        {
            var levels = rule.Rules.Select(row => ChcDescriptors.Find(row.DescriptorId).ShouldNotBeNull(row.DescriptorId)).ToList();
            levels.ShouldAllBe(descriptor => descriptor.Domain == rule.Domain);
            levels.Select(descriptor => descriptor.Level).ShouldBeInOrder(SortDirection.Ascending);
            levels[^1].Level.ShouldBe(ChcLevel.C);
        }

        ChcDomainRules.All.SelectMany(rule => rule.Rules.Select(row => row.DescriptorId))
            .ShouldBe(ChcDescriptors.All.Select(d => d.Id), ignoreOrder: true);
    }
}
