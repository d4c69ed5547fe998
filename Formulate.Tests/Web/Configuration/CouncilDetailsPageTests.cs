using Formulate.Data.Parameters;
using Formulate.Engine.Parameters;
using Formulate.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Configuration;

public sealed class CouncilDetailsPageTests
{
    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("mailto:care@example.gov.uk")]
    [InlineData("file:///etc/passwd")]
    public async Task Save_WebsiteNotAWebAddress_AsksForOneAndSavesNothing(string website)
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        var form = await session.GetPageAsync("/configuration/council");

        var page = await HtmlPage.ReadAsync(await session.SubmitAsync(form, "form:has(#CouncilName)", new Dictionary<string, string>
        {
            ["CouncilName"] = "Demo Borough Council",
            ["Website"] = website,
            ["Reasons"] = "Needs not captured",
        }), form.Url);

        page.ErrorSummary.ShouldBe(["Enter the website's full address, starting https://"]);
        (await factory.Services.GetRequiredService<ParameterVersionStore>().FindDraftAsync(ParameterSetKind.Configuration)).ShouldBeNull();
    }

    [Fact]
    public async Task Save_ChcPredictionInLetters_IsKeptInTheDraftAndShownAgain()
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        var form = await session.GetPageAsync("/configuration/council");
        form.Document.QuerySelector("input[name=ChcInLetters][value=no]")!.HasAttribute("checked").ShouldBeTrue();

        await session.SubmitAsync(form, "form:has(#CouncilName)", new Dictionary<string, string>
        {
            ["CouncilName"] = "Demo Borough Council",
            ["ChcInLetters"] = "yes",
            ["Reasons"] = "Needs not captured",
        });

        var draft = (await factory.Services.GetRequiredService<ParameterVersionStore>().FindDraftAsync(ParameterSetKind.Configuration)).ShouldNotBeNull();
        ParameterVersionStore.Read(draft).Council!.ShowChcPredictionInLetters.ShouldBe(true);
        var again = await session.GetPageAsync("/configuration/council");
        again.Document.QuerySelector("input[name=ChcInLetters][value=yes]")!.HasAttribute("checked").ShouldBeTrue();
    }

    [Fact]
    public async Task Open_DemoCouncil_ShowsItsPayingParagraphAndASentenceBoxForEachReason()
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");

        var form = await session.GetPageAsync("/configuration/council");

        form.Document.QuerySelector("textarea#FinancialAssessment")!.TextContent.ShouldContain("This is called a financial assessment.");
        form.Document.QuerySelectorAll("label[for^=LetterSentence]").Select(label => label.TextContent.Trim())
            .ShouldBe(["Sentence for \"Specialist provider\"", "Sentence for \"Market supplement\"", "Sentence for \"Personal circumstances\"", "Sentence for \"Other\""]);
        form.Document.QuerySelector("textarea#LetterSentence0")!.TextContent.ShouldBe("You need support from a specialist care provider, and this costs more.");
    }

    [Fact]
    public async Task Save_PayingParagraphAndReasonSentences_AreKeptInTheDraftAndShownAgain()
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        var form = await session.GetPageAsync("/configuration/council");

        await session.SubmitAsync(form, "form:has(#CouncilName)", new Dictionary<string, string>
        {
            ["CouncilName"] = "Demo Borough Council",
            ["Reasons"] = "Specialist provider\nMarket supplement",
            ["FinancialAssessment"] = "  We will look at your money to see what you pay. This is called a financial assessment.  ",
            ["LetterSentence0"] = "Your care comes from a team that knows your condition.",
            ["LetterSentence1"] = "",
        });

        var council = ParameterSetVersionCouncil(await factory.Services.GetRequiredService<ParameterVersionStore>().FindDraftAsync(ParameterSetKind.Configuration));
        council.FinancialAssessment.ShouldBe("We will look at your money to see what you pay. This is called a financial assessment.");
        // Market supplement's box was left blank, and the two reasons taken out of the list take their sentences with them.
        council.LetterReasons.ShouldNotBeNull().ShouldBe(new Dictionary<string, string> { ["Specialist provider"] = "Your care comes from a team that knows your condition." });
        var again = await session.GetPageAsync("/configuration/council");
        again.Document.QuerySelector("textarea#LetterSentence0")!.TextContent.ShouldBe("Your care comes from a team that knows your condition.");
        again.Document.QuerySelectorAll("textarea[id^=LetterSentence]").Length.ShouldBe(2);
    }

    [Fact]
    public async Task Save_PayingParagraphAndReasonSentenceTooLong_SaysWhichAndByHowMuchAndSavesNothing()
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        var form = await session.GetPageAsync("/configuration/council");

        var page = await HtmlPage.ReadAsync(await session.SubmitAsync(form, "form:has(#CouncilName)", new Dictionary<string, string>
        {
            ["CouncilName"] = "Demo Borough Council",
            ["Reasons"] = "Specialist provider\nMarket supplement\nPersonal circumstances\nOther",
            ["FinancialAssessment"] = new string('p', 1001),
            ["LetterSentence2"] = new string('s', 301),
        }), form.Url);

        page.ErrorSummary.ShouldBe(
        [
            "The paragraph about paying towards care is 1001 characters long; keep it to 1000 characters or fewer",
            "The sentence for \"Personal circumstances\" is 301 characters long; keep it to 300 characters or fewer",
        ]);
        page.Document.QuerySelector("textarea#LetterSentence2")!.TextContent.ShouldBe(new string('s', 301));
        (await factory.Services.GetRequiredService<ParameterVersionStore>().FindDraftAsync(ParameterSetKind.Configuration)).ShouldBeNull();
    }

    private static CouncilDetails ParameterSetVersionCouncil(Formulate.Data.Entities.ParameterSetVersion? draft) =>
        ParameterVersionStore.Read(draft.ShouldNotBeNull()).Council.ShouldNotBeNull();

    [Fact]
    public async Task Save_ContactDetailsTooLongForALetter_SaysWhichAndByHowMuchAndKeepsWhatWasTyped()
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        var form = await session.GetPageAsync("/configuration/council");
        var address = new string('A', 301);

        var page = await HtmlPage.ReadAsync(await session.SubmitAsync(form, "form:has(#CouncilName)", new Dictionary<string, string>
        {
            ["CouncilName"] = "Demo Borough Council",
            ["Telephone"] = new string('0', 101),
            ["Email"] = new string('e', 250) + "@x.uk",
            ["Address"] = address,
            ["Reasons"] = "Needs not captured",
        }), form.Url);

        page.ErrorSummary.ShouldBe(
        [
            "The telephone number is 101 characters long; keep it to 100 characters or fewer",
            "The email address is 255 characters long; keep it to 254 characters or fewer",
            "The postal address is 301 characters long; keep it to 300 characters or fewer",
        ]);
        page.Document.Title.ShouldStartWith("Error: ");
        page.Document.QuerySelector("textarea#Address")!.TextContent.Trim().ShouldBe(address);
        (await factory.Services.GetRequiredService<ParameterVersionStore>().FindDraftAsync(ParameterSetKind.Configuration)).ShouldBeNull();
    }

    [Fact]
    public async Task Save_DetailsChangedByAnotherOfficerAfterFormOpened_KeepsTheirsAndWhatWasTyped()
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        var form = await session.GetPageAsync("/configuration/council");
        var drafts = factory.Services.GetRequiredService<Formulate.Web.Configuration.ConfigurationDrafts>();
        (await drafts.EditAsync(ParameterSetKind.Configuration, set => set with { Council = set.Council! with { Telephone = "0300 999 0000" } }, "j.smith"))
            .Succeeded.ShouldBeTrue();
        var typed = new Dictionary<string, string>
        {
            ["CouncilName"] = "Demo Borough Council",
            ["Email"] = "care@demo.gov.uk",
            ["Reasons"] = "Needs not captured",
        };

        var page = await HtmlPage.ReadAsync(await session.SubmitAsync(form, "form:has(#CouncilName)", typed), form.Url);

        page.Document.Title!.ShouldStartWith("Error: ");
        page.ErrorSummary.ShouldHaveSingleItem().ShouldStartWith("j.smith changed the council details after you opened this page, so yours were not saved and theirs are kept");
        page.Document.GetElementById("Email")!.GetAttribute("value").ShouldBe("care@demo.gov.uk");
        var council = ParameterVersionStore.Read((await factory.Services.GetRequiredService<ParameterVersionStore>().FindDraftAsync(ParameterSetKind.Configuration))!).Council!;
        council.Telephone.ShouldBe("0300 999 0000");
        council.Email.ShouldNotBe("care@demo.gov.uk");

        var again = await session.SubmitAsync(page, "form:has(#CouncilName)", typed);

        again.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Save_OtherRateChangedAfterFormOpened_SavesTheDetails()
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        var form = await session.GetPageAsync("/configuration/council");
        var drafts = factory.Services.GetRequiredService<Formulate.Web.Configuration.ConfigurationDrafts>();
        (await drafts.EditAsync(ParameterSetKind.Configuration, set => ParameterSetEdits.WithValue(set, "rate.home_care", new DateOnly(2027, 4, 1), 25m, "Test"), "j.smith"))
            .Succeeded.ShouldBeTrue();

        var saved = await session.SubmitAsync(form, "form:has(#CouncilName)", new Dictionary<string, string>
        {
            ["CouncilName"] = "Demo Borough Council",
            ["Reasons"] = "Needs not captured",
        });

        saved.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
    }
}
