using AngleSharp.Html.Parser;
using Formulate.Engine.Defaults;
using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Letters;
using Formulate.Web.Method;

namespace Formulate.Tests.Web.Letters;

public sealed class MethodBodyTests
{
    private static Task<AngleSharp.Dom.IDocument> RenderAsync() => RenderAsync(DefaultDefinitions.Definition);

    private static async Task<AngleSharp.Dom.IDocument> RenderAsync(Formulate.Engine.Estimation.EngineDefinition definition) =>
        new HtmlParser().ParseDocument(await Render.HtmlAsync<MethodBody>(("Document", MethodDocumentBuilder.Build(definition))));

    public static TheoryData<string> Definitions => [.. DefaultDefinitions.All.Select(definition => definition.Stamp.Model)];

    private static Formulate.Engine.Estimation.EngineDefinition Shipped(string model) => DefaultDefinitions.All.Single(definition => definition.Stamp.Model == model);

    [Fact]
    public async Task Render_ShippedDefinition_DescribesEveryFormulaBlock()
    {
        var document = await RenderAsync();

        document.QuerySelector("h1")!.TextContent.ShouldBe(MethodDocument.Title);
        document.QuerySelectorAll("h3").Select(h => h.TextContent).ShouldBe(
        [
            "Needs met in other ways", "Personal care", "A second carer", "Eating and drinking", "Medicines and health tasks",
            "Household tasks", "Safety and supervision", "Relationships", "Getting out into the community", "Work and learning",
            "Caring for a child", "Support at night", "Breaks for the unpaid carer", "Care home placement",
            "Shared Lives arrangement", "The cap and the minimum budget", "Rounding",
        ]);
    }

    [Fact]
    public async Task Render_CareAsPlannedModel_DescribesItsOwnBlocksInsteadOfTheMinutesPerActivity()
    {
        var document = await RenderAsync(DefaultDefinitions.CareAsPlanned);

        document.QuerySelectorAll("h3").Select(h => h.TextContent).ShouldBe(
        [
            "Needs met in other ways", "Calls at home", "A second carer", "Household tasks", "Safety and supervision",
            "Shared core hours and one-to-one support", "Relationships", "Days out, day services, work and learning", "Caring for a child",
            "Support at night", "Breaks for the unpaid carer", "Care hours, for a band", "Care home placement", "Shared Lives arrangement",
            "The cap and the minimum budget", "Rounding",
        ]);
        var text = document.Body!.TextContent;
        text.ShouldContain("A call is as long as its heaviest task");
        text.ShouldContain("the council's weekly fee for the home's type");
        text.ShouldContain("nights shared with other people where the person lives are divided among them");
        // The by-activity formula's prose would mislead a reader of this model: it has no strengths questions and no cliff at band 3.
        text.ShouldNotContain("the person's own strengths meet, how much");
        text.ShouldNotContain("Band 3 gets the care hours");
    }

    [Fact]
    public async Task Render_ShippedDefinition_ListsEveryParameterWithValueUnitDateAndSource()
    {
        var definition = DefaultDefinitions.Definition;
        var document = await RenderAsync();
        var rows = document.QuerySelectorAll("table tbody tr")
            .Select(row => row.QuerySelectorAll("th, td").Select(cell => cell.TextContent.Trim()).ToList())
            .ToList();

        var expected = definition.Model.Parameters.Concat(definition.Configuration.Parameters)
            .SelectMany(p => p.Values.Select(v => (p, v)))
            .ToList();
        rows.Count.ShouldBe(expected.Count);
        foreach (var (parameter, value) in expected)
        {
            rows.ShouldContain(row =>
                row[0].Contains(parameter.Key) &&
                row[1] == MethodDocumentBuilder.ValueText(value.Value, parameter.Unit) &&
                row[2] == value.From.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) &&
                row[3] == value.Reference,
                $"{parameter.Key} from {value.From}");
        }
    }

    [Theory]
    [InlineData(1, "Yes")]
    [InlineData(0, "No")]
    public async Task Render_CapPolicy_SaysWhatHappensAboveTheCapAndWhichPolicyTheCouncilChose(int referToPanel, string shown)
    {
        var definition = DefaultDefinitions.Definition;
        var configuration = Formulate.Tests.Engine.EngineFixtures.Setting(definition.Configuration, Formulate.Engine.Estimation.BudgetLimits.ReferToPanelPolicy, referToPanel);
        var document = new HtmlParser().ParseDocument(await Render.HtmlAsync<MethodBody>(
            ("Document", MethodDocumentBuilder.Build(definition with { Configuration = configuration }))));

        var row = document.QuerySelectorAll("table tbody tr").Single(r => r.TextContent.Contains("policy.above_cap_refer_to_panel", StringComparison.Ordinal));
        row.QuerySelectorAll("th, td")[1].TextContent.Trim().ShouldBe(shown);
        document.Body!.TextContent.ShouldContain("Where its policy is to refer to panel, the full estimate stands");
        document.Body!.TextContent.ShouldContain("Where its policy is to cap, an adjustment brings the estimate down to the cap, and the hours a week come down by the same share.");
    }

    [Theory]
    [MemberData(nameof(Definitions))]
    public async Task Render_EveryBlock_NamesOnlyParametersThatExistInItsModelOrConfiguration(string model)
    {
        var definition = Shipped(model);
        var keys = definition.Model.Parameters.Concat(definition.Configuration.Parameters).Select(p => p.Key).ToList();

        foreach (var block in MethodBlocks.For(definition.Model.Formula))
        {
            block.Paragraphs.ShouldNotBeEmpty(block.Title);
            foreach (var prefix in block.ParameterPrefixes)
            {
                keys.ShouldContain(key => key.StartsWith(prefix, StringComparison.Ordinal), $"{block.Title}: {prefix}");
            }
        }

        (await RenderAsync(definition)).QuerySelector("table caption").ShouldNotBeNull();
    }

    [Fact]
    public void ValueText_Decision_ReadsYesOrNo()
    {
        MethodDocumentBuilder.ValueText(1m, "yes/no").ShouldBe("Yes");
        MethodDocumentBuilder.ValueText(21.64m, "GBP per hour").ShouldBe("£21.64 an hour");
    }
}
