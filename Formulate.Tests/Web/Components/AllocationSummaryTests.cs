using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Formulate.Engine.Estimation;
using Formulate.Tests.Engine;
using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Practice;

namespace Formulate.Tests.Web.Components;

public sealed class AllocationSummaryTests
{
    private static readonly Formulate.Engine.Profiles.NeedsProfile AboveTheCap = WorkedCaseDataAttribute.Load("wc05").Profile;

    private static async Task<AngleSharp.Dom.IDocument> RenderAsync(decimal referToPanel) =>
        new HtmlParser().ParseDocument(await Render.HtmlAsync<AllocationSummary>(
            ("Result", EngineFixtures.WithConfiguration(c => c.Setting(BudgetLimits.ReferToPanelPolicy, referToPanel)).EstimateOrFail(AboveTheCap))));

    [Fact]
    public async Task Render_ReferredToPanel_ShowsTheFullEstimateAndSaysItGoesToPanel()
    {
        var document = await RenderAsync(1m);

        Regex.Replace(document.GetElementById("panel-referral")!.TextContent, @"\s+", " ").Trim().ShouldBe(
            "This estimate is £1,989.97 a week above the council's high-end cap of £1,600.00 a week. Under the council's policy the full estimate stands and goes to panel: it needs a second approval.");
        document.QuerySelectorAll("tbody tr")[^1].TextContent.ShouldContain("£3,589.97");
        document.GetElementById("total-weekly-hours")!.TextContent.ShouldContain("163.61 hours a week");
    }

    [Fact]
    public async Task Render_CutToTheCap_ShowsTheCutWithTheHoursTakenOffAndNoPanel()
    {
        var document = await RenderAsync(0m);

        document.GetElementById("panel-referral").ShouldBeNull();
        var cut = document.QuerySelectorAll("tbody tr").Single(row => row.TextContent.Contains("Reduced to the council's high-end cap", StringComparison.Ordinal));
        cut.QuerySelectorAll("th, td").Select(cell => cell.TextContent.Trim()).ShouldBe(
            ["Reduced to the council's high-end cap", "−90.69 hours a week", "", "−£1,989.97"]);
        document.GetElementById("total-weekly-hours")!.TextContent.ShouldContain("72.92 hours a week");
    }
}
