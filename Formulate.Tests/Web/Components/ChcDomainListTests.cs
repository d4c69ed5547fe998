using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Formulate.Engine.Chc;
using Formulate.Tests.Engine.Chc;
using Formulate.Web.Components.Practice;
using Formulate.Web.Reproducibility;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Formulate.Tests.Web.Components;

public class ChcDomainListTests
{
    [Fact]
    public async Task Render_PredictedDomain_ShowsTheLevelWithTheDescriptorItMatched()
    {
        var prediction = ChcAnswers.Predict("mobility.weight_bearing=partially mobility.transfers=one_carer");

        var document = await RenderAsync(prediction.Domains);

        var mobility = Row(document, "Mobility");
        mobility.QuerySelector(".chc-level")!.TextContent.Trim().ShouldBe("B");
        var descriptor = mobility.QuerySelector(".chc-descriptor")!;
        descriptor.TextContent.Trim().ShouldBe("B — Not able to consistently weight bear.");
        descriptor.GetAttribute("data-descriptor-id").ShouldBe("chc.mobility.b.not-consistently");
        document.QuerySelectorAll("tbody tr").Length.ShouldBe(11);
    }

    [Fact]
    public async Task Render_PriorityDomains_AreMarked()
    {
        var document = await RenderAsync(ChcAnswers.Predict("mobility.falls=none").Domains);

        document.QuerySelectorAll("tbody th .staff-tag").Select(tag => tag.ParentElement!.ChildNodes.First(node => node.NodeType == NodeType.Text && !string.IsNullOrWhiteSpace(node.TextContent)).TextContent.Trim()).ToList()
            .ShouldBe(["Breathing", "Behaviour", "Drug therapies and medication: symptom control", "Altered states of consciousness"]);
    }

    [Fact]
    public async Task Render_FollowUpNotAnswered_NamesTheQuestionBesideTheDescriptor()
    {
        var prediction = ChcAnswers.Predict("health.any_needs=yes health.breathing=needs_help");

        var document = await RenderAsync(prediction.Domains);

        Row(document, "Breathing").QuerySelector(".chc-unanswered")!.TextContent.ShouldContain(
            "Does the person use a tracheostomy or a breathing machine?; How does the person's breathlessness respond to treatment, and how does it affect daily life?");
        Row(document, "Mobility").QuerySelector(".chc-unanswered").ShouldBeNull();
    }

    [Fact]
    public async Task Render_PredictionStoredBeforeDescriptors_ShowsItsReason()
    {
        var stored = new ChcDomainPrediction
        {
            Domain = ChcDomain.Mobility, Label = "Mobility", Level = ChcLevel.B, IsPriorityDomain = false,
            Reason = "cannot consistently bear weight", Answers = [],
        };

        var document = await RenderAsync([stored]);

        Row(document, "Mobility").QuerySelector(".chc-descriptor")!.TextContent.Trim().ShouldBe("cannot consistently bear weight");
    }

    private static IElement Row(IDocument document, string domain) =>
        document.QuerySelectorAll("tbody tr").Single(row => row.QuerySelector("th")!.TextContent.Trim().StartsWith(domain, StringComparison.Ordinal));

    private static async Task<IDocument> RenderAsync(IReadOnlyList<ChcDomainPrediction> domains)
    {
        await using var services = new ServiceCollection().AddLogging().AddSingleton(EngineRegistry.Shipped()).BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<ChcDomainList>(
            ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(ChcDomainList.Domains)] = domains }))).ToHtmlString());
        return new HtmlParser().ParseDocument(html);
    }
}
