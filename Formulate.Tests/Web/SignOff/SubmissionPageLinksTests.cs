using Formulate.Tests.Web.Support;

namespace Formulate.Tests.Web.SignOff;

public sealed class SubmissionPageLinksTests(FormulateWebFactory factory) : IClassFixture<FormulateWebFactory>
{
    [Fact]
    public async Task SubmissionPage_LinksToTheEstimateThatWasSubmittedAndToItsNeedsProfile()
    {
        var (submissionId, _, estimate) = await SignOffData.SubmitWithEstimateAsync(factory.Services, "Lydia", 640m);
        using var session = factory.NewSession();
        await session.SignInAsync("demo.manager");

        var page = await session.GetPageAsync($"/sign-off/{submissionId}");

        page.Document.QuerySelector("#submitted-estimate")!.GetAttribute("href").ShouldBe($"/estimates/{estimate.Id}");
        page.Document.QuerySelector("#submitted-profile")!.GetAttribute("href").ShouldBe($"/profiles/{estimate.NeedsProfileId}");
    }
}
