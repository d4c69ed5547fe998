using Formulate.Data.Parameters;
using Formulate.Engine.Parameters;
using Formulate.Tests.Web.Configuration.Support;
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
        using var council = await CouncilDetailsForm.OpenAsync();

        var page = await council.RefusedAsync(council.SaveAsync(new Dictionary<string, string>
        {
            ["CouncilName"] = "Demo Borough Council",
            ["Website"] = website,
            ["Reasons"] = "Needs not captured",
        }));

        page.ErrorSummary.ShouldBe(["Enter the website's full address, starting https://"]);
        (await council.DraftAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task Save_ChcPredictionInLetters_IsKeptInTheDraftAndShownAgain()
    {
        using var council = await CouncilDetailsForm.OpenAsync();
        council.Page.Document.QuerySelector("input[name=ChcInLetters][value=no]")!.HasAttribute("checked").ShouldBeTrue();

        await council.SaveAsync(new Dictionary<string, string>
        {
            ["CouncilName"] = "Demo Borough Council",
            ["ChcInLetters"] = "yes",
            ["Reasons"] = "Needs not captured",
        });

        (await council.DraftCouncilAsync()).ShowChcPredictionInLetters.ShouldBe(true);
        var again = await council.Session.GetPageAsync("/configuration/council");
        again.Document.QuerySelector("input[name=ChcInLetters][value=yes]")!.HasAttribute("checked").ShouldBeTrue();
    }

    [Fact]
    public async Task Open_DemoCouncil_ShowsItsPayingParagraphAndASentenceBoxForEachReason()
    {
        using var council = await CouncilDetailsForm.OpenAsync();
        var form = council.Page;
        form.Document.QuerySelector("textarea#FinancialAssessment")!.TextContent.ShouldContain("This is called a financial assessment.");
        form.Document.QuerySelectorAll("label[for^=LetterSentence]").Select(label => label.TextContent.Trim())
            .ShouldBe(["Sentence for \"Specialist provider\"", "Sentence for \"Market supplement\"", "Sentence for \"Personal circumstances\"", "Sentence for \"Other\""]);
        form.Document.QuerySelector("textarea#LetterSentence0")!.TextContent.ShouldBe("You need support from a specialist care provider, and this costs more.");
    }

    [Fact]
    public async Task Save_PayingParagraphAndReasonSentences_AreKeptInTheDraftAndShownAgain()
    {
        using var council = await CouncilDetailsForm.OpenAsync();

        await council.SaveAsync(new Dictionary<string, string>
        {
            ["CouncilName"] = "Demo Borough Council",
            ["Reasons"] = "Specialist provider\nMarket supplement",
            ["FinancialAssessment"] = "  We will look at your money to see what you pay. This is called a financial assessment.  ",
            ["LetterSentence0"] = "Your care comes from a team that knows your condition.",
            ["LetterSentence1"] = "",
        });

        var saved = await council.DraftCouncilAsync();
        saved.FinancialAssessment.ShouldBe("We will look at your money to see what you pay. This is called a financial assessment.");
        // Market supplement's box was left blank, and the two reasons taken out of the list take their sentences with them.
        saved.LetterReasons.ShouldNotBeNull().ShouldBe(new Dictionary<string, string> { ["Specialist provider"] = "Your care comes from a team that knows your condition." });
        var again = await council.Session.GetPageAsync("/configuration/council");
        again.Document.QuerySelector("textarea#LetterSentence0")!.TextContent.ShouldBe("Your care comes from a team that knows your condition.");
        again.Document.QuerySelectorAll("textarea[id^=LetterSentence]").Length.ShouldBe(2);
    }

    [Fact]
    public async Task Save_PayingParagraphAndReasonSentenceTooLong_SaysWhichAndByHowMuchAndSavesNothing()
    {
        using var council = await CouncilDetailsForm.OpenAsync();

        var page = await council.RefusedAsync(council.SaveAsync(new Dictionary<string, string>
        {
            ["CouncilName"] = "Demo Borough Council",
            ["Reasons"] = "Specialist provider\nMarket supplement\nPersonal circumstances\nOther",
            ["FinancialAssessment"] = new string('p', 1001),
            ["LetterSentence2"] = new string('s', 301),
        }));

        page.ErrorSummary.ShouldBe(
        [
            "The paragraph about paying towards care is 1001 characters long; keep it to 1000 characters or fewer",
            "The sentence for \"Personal circumstances\" is 301 characters long; keep it to 300 characters or fewer",
        ]);
        page.Document.QuerySelector("textarea#LetterSentence2")!.TextContent.ShouldBe(new string('s', 301));
        (await council.DraftAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task Save_ContactDetailsTooLongForALetter_SaysWhichAndByHowMuchAndKeepsWhatWasTyped()
    {
        using var council = await CouncilDetailsForm.OpenAsync();
        var address = new string('A', 301);

        var page = await council.RefusedAsync(council.SaveAsync(new Dictionary<string, string>
        {
            ["CouncilName"] = "Demo Borough Council",
            ["Telephone"] = new string('0', 101),
            ["Email"] = new string('e', 250) + "@x.uk",
            ["Address"] = address,
            ["Reasons"] = "Needs not captured",
        }));

        page.ErrorSummary.ShouldBe(
        [
            "The telephone number is 101 characters long; keep it to 100 characters or fewer",
            "The email address is 255 characters long; keep it to 254 characters or fewer",
            "The postal address is 301 characters long; keep it to 300 characters or fewer",
        ]);
        page.Document.Title.ShouldStartWith("Error: ");
        page.Document.QuerySelector("textarea#Address")!.TextContent.Trim().ShouldBe(address);
        (await council.DraftAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task Save_DetailsChangedByAnotherOfficerAfterFormOpened_KeepsTheirsAndWhatWasTyped()
    {
        using var council = await CouncilDetailsForm.OpenAsync();
        var drafts = council.Factory.Services.GetRequiredService<Formulate.Web.Configuration.ConfigurationDrafts>();
        (await drafts.EditAsync(ParameterSetKind.Configuration, set => set with { Council = set.Council! with { Telephone = "0300 999 0000" } }, "j.smith"))
            .Succeeded.ShouldBeTrue();
        var typed = new Dictionary<string, string>
        {
            ["CouncilName"] = "Demo Borough Council",
            ["Email"] = "care@demo.gov.uk",
            ["Reasons"] = "Needs not captured",
        };

        var page = await council.RefusedAsync(council.SaveAsync(typed));

        page.Document.Title!.ShouldStartWith("Error: ");
        page.ErrorSummary.ShouldHaveSingleItem().ShouldStartWith("j.smith changed the council details after you opened this page, so yours were not saved and theirs are kept");
        page.Document.GetElementById("Email")!.GetAttribute("value").ShouldBe("care@demo.gov.uk");
        var kept = await council.DraftCouncilAsync();
        kept.Telephone.ShouldBe("0300 999 0000");
        kept.Email.ShouldNotBe("care@demo.gov.uk");

        var again = await council.SaveAsync(typed, from: page);

        again.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Save_OtherRateChangedAfterFormOpened_SavesTheDetails()
    {
        using var council = await CouncilDetailsForm.OpenAsync();
        var drafts = council.Factory.Services.GetRequiredService<Formulate.Web.Configuration.ConfigurationDrafts>();
        (await drafts.EditAsync(ParameterSetKind.Configuration, set => ParameterSetEdits.WithValue(set, "rate.home_care", new DateOnly(2027, 4, 1), 25m, "Test"), "j.smith"))
            .Succeeded.ShouldBeTrue();

        var saved = await council.SaveAsync(new Dictionary<string, string>
        {
            ["CouncilName"] = "Demo Borough Council",
            ["Reasons"] = "Needs not captured",
        });

        saved.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
    }
}
