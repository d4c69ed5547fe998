using AngleSharp.Dom;
using Formulate.Tests.Web.Letters.Support;
using Formulate.Tests.Web.Support;

namespace Formulate.Tests.Web.SignOff;

public sealed class SubmitPageWarningsTests(FormulateWebFactory factory) : IClassFixture<FormulateWebFactory>
{
    [Fact]
    public async Task SubmitPage_YoungCarerLivingWithSomeoneAloneWithoutACarersAssessment_AsksForAReasonForEachOfItsThreeWarnings()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Wendy");
        var profileId = await WarnedProfiles.CreateAsync(factory.Services, person.Id);
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        var page = await session.GetPageAsync($"/profiles/{profileId}/submit");

        var warnings = page.Document.QuerySelector("#warnings").ShouldNotBeNull();
        warnings.QuerySelector("#warnings-lead")!.TextContent.ShouldContain("3 things to look at");
        Field(warnings, 0).ShouldBe((
            "Warning: The person is recorded as living alone, but their unpaid carer is recorded as living with them. Check the living situation.",
            "Optional"));
        Field(warnings, 1).ShouldBe((
            "Important: Unpaid support is at risk or not sustainable and no carer's assessment has been offered. Offer the carer an assessment.",
            "Required. Say what you have done about it, or why it does not apply, for example \"Young carer referred to children's services on 3 May\""));
        Field(warnings, 2).Label.ShouldBe(
            "Important: The unpaid carer is under 18. Offer a young carer's needs assessment and check whether the support they give is appropriate.");
        warnings.QuerySelectorAll("textarea").Length.ShouldBe(3);
    }

    [Fact]
    public async Task SubmitPage_EstimateWithoutWarnings_SaysSoAndThatTheNoteIsInternalAndNeverInTheLetter()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Winifred");
        var profileId = await WarnedProfiles.CreateAsync(factory.Services, person.Id, WarnedProfiles.QuietAnswers);
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        var page = await session.GetPageAsync($"/profiles/{profileId}/submit");

        page.Document.QuerySelector("#DifferenceNote-hint")!.TextContent.Trim()
            .ShouldBe("For managers: this note is internal and is never printed in the person's letter");
        page.Document.QuerySelector("#DifferenceNote")!.GetAttribute("aria-describedby").ShouldBe("DifferenceNote-hint");
        page.Document.QuerySelector("#no-warnings")!.TextContent.ShouldBe("Quality checks found nothing to look at in this estimate.");
    }

    private static (string Label, string Hint) Field(IElement warnings, int position) =>
        (warnings.QuerySelector($"label[for='WarningReason-{position}']")!.TextContent.Trim(),
         warnings.QuerySelector($"#WarningReason-{position}-hint")!.TextContent.Trim());
}
