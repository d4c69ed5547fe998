using System.Net;
using Formulate.Data.Audit;
using Formulate.Data.Entities;
using Formulate.Data.SelfAssessments;
using Formulate.Tests.Web.Support;
using Formulate.Web.Components.Pages.SelfAssessment;
using Formulate.Web.SelfAssessments;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.SelfAssessment;

/// <summary>The public self-assessment without JavaScript: forms posted to the server, pages read with AngleSharp.</summary>
public sealed class SelfAssessmentPagesTests(SelfAssessmentWebApp web) : IClassFixture<SelfAssessmentWebApp>
{
    [Fact]
    public async Task Journey_FromInvitationForThemselves_AsksInTheirOwnVoiceOnlyWhatTheyCanAnswerAndSends()
    {
        var (_, invitation) = await web.InviteAsync();
        using var session = web.App.NewSession();

        var first = await session.StartAsync(invitation.Code);

        first.Heading.ShouldBe("How old are you?");
        var check = await session.AnswerAllAsync(first);
        check.Url.ShouldBe(SelfAssessmentPaths.CheckAnswers);
        check.Heading.ShouldBe("Check your answers before sending them");
        var keys = check.Document.QuerySelectorAll(".govuk-summary-list__key").Select(k => k.TextContent.Trim()).ToList();
        keys.ShouldContain("Where do you live?");
        keys.ShouldNotContain(k => k.Contains("eligible", StringComparison.Ordinal) || k.Contains("main reason", StringComparison.Ordinal));
        var sent = await session.FollowAsync(await session.SubmitAsync(check, "form"));
        sent.Document.QuerySelector("#reference")!.TextContent.ShouldBe(invitation.SelfAssessment.Reference);
        var stored = (await web.Store.FindAsync(invitation.SelfAssessment.Id))!;
        stored.Status.ShouldBe(SelfAssessmentStatus.Submitted);
        stored.HelperName.ShouldBeNull();
        SelfAssessmentJourney.AnswersOf(stored.PersonAnswersJson).Keys.ShouldNotContain("person.eligibility_decided");
    }

    [Theory]
    [InlineData("invited.by.email@example.org", "Email")]
    [InlineData(null, "Practitioner")]
    public async Task InviteAsync_ByAPractitioner_IsAuditedWithHowTheLinkWasSentAndNeverTheLink(string? email, string sentBy)
    {
        var (personId, _) = await web.InviteAsync();
        var reviews = web.App.Services.GetRequiredService<SelfAssessmentReviews>();

        var created = (await reviews.InviteAsync(CaseWorkers.Practitioner(), personId, email, null, new Uri("https://council.example/"))).Value!;

        var audit = (await web.App.Services.GetRequiredService<AuditLog>().SearchAsync(new AuditQuery { Action = SelfAssessmentStore.InvitationCreatedAction }))
            .Select(row => row.Entry).Single(entry => entry.AfterJson!.Contains(created.Reference, StringComparison.Ordinal));
        (audit.UserName, audit.PersonId).ShouldBe(("demo.practitioner", (Guid?)personId));
        var after = audit.AfterJson.ShouldNotBeNull();
        after.ShouldContain($"\"InvitationSentBy\":\"{sentBy}\"");
        after.ShouldNotContain(created.Link[(created.Link.LastIndexOf('/') + 1)..]);
        created.Emailed.ShouldBe(email is not null);
    }

    [Fact]
    public async Task Journey_CouncilShowsNoFigure_SaysNothingOfAFigureOrOfPayingOnAnyPage()
    {
        var (_, invitation) = await web.InviteAsync();
        using var session = web.App.NewSession();

        var first = await session.StartAsync(invitation.Code);
        var check = await session.AnswerAllAsync(first, HandWorkedSelfAssessment.Choose);
        var paying = await session.Client.GetAsync(SelfAssessmentPaths.PayingForCare);
        var sent = await session.FollowAsync(await session.SubmitAsync(check, "form"));

        first.Url.ShouldStartWith("/self-assessment/questions/", customMessage: "nobody is asked whether they pay for their own care");
        paying.LocalTarget().ShouldBe(SelfAssessmentPaths.CheckAnswers);
        check.Document.GetElementById("figure-after-sending").ShouldBeNull();
        sent.Document.GetElementById("indicative-figure").ShouldBeNull();
        foreach (var page in new[] { first, check, sent })
        {
            var text = page.Document.Body!.TextContent;
            foreach (var word in new[] { "£", "figure", "cost", "budget", "pay for" })
            {
                text.ShouldNotContain(word, Case.Insensitive, $"{page.Url} says \"{word}\"");
            }
        }

        var stored = (await web.Store.FindAsync(invitation.SelfAssessment.Id))!;
        (stored.ArrangesOwnCare, stored.IndicativeWeekly, stored.IndicativeModelVersion, stored.IndicativeConfigurationVersion).ShouldBe((null, null, null, null));
    }

    [Fact]
    public async Task Start_ForSomeoneElse_AsksAboutThemAndRecordsWhoAnsweredAndHow()
    {
        var (_, invitation) = await web.InviteAsync();
        using var session = web.App.NewSession();

        var first = await session.StartAsync(invitation.Code, relationship: "child", helperName: "Robin Daughter");

        first.Heading.ShouldBe("How old are they?");
        var living = await session.AnswerAsync(first, "85_plus");
        living.Heading.ShouldBe("Where do they live?");
        living.Document.QuerySelectorAll("label").Select(l => l.TextContent.Trim()).ShouldContain("In their own home, alone");
        var stored = (await web.Store.FindAsync(invitation.SelfAssessment.Id))!;
        (stored.Voice, stored.HelperRelationship, stored.HelperName).ShouldBe(("they", "child", "Robin Daughter"));
    }

    [Fact]
    public async Task Start_NothingChosen_SaysWhatIsMissingInGovukWords()
    {
        var (_, invitation) = await web.InviteAsync();
        using var session = web.App.NewSession();
        var page = await session.GetPageAsync(SelfAssessmentPaths.Invitation(invitation.Code));

        var refused = await HtmlPage.ReadAsync(await session.SubmitAsync(page, "form", new Dictionary<string, string> { ["Who"] = "someone-else", ["ContactEmail"] = "not-an-address" }), page.Url);

        refused.ErrorSummary.ShouldBe(["Select how you know the person", "Enter your full name", "Enter an e-mail address in the correct format, like name@example.com"]);
        (await web.Store.CheckInvitationAsync(invitation.Code)).ShouldBe(Formulate.Data.SelfAssessments.InvitationCheck.Valid);
    }

    [Fact]
    public async Task Invitation_UsedAlready_SaysSoAndShowsNothingOfTheAnswers()
    {
        var (_, invitation) = await web.InviteAsync();
        using (var first = web.App.NewSession())
        {
            await first.AnswerAsync(await first.StartAsync(invitation.Code), "75_84");
        }

        using var second = web.App.NewSession();
        var page = await second.GetPageAsync(SelfAssessmentPaths.Invitation(invitation.Code));

        page.Heading.ShouldBe("This link has already been used");
        page.Document.QuerySelector("form").ShouldBeNull();
        page.Document.Body!.TextContent.ShouldNotContain("75 to 84");
        page.Document.Body.TextContent.ShouldNotContain("pat@example.org");
    }

    [Fact]
    public async Task Invitation_AfterItsDays_HasExpiredAndCannotStart()
    {
        var (_, invitation) = await web.InviteAsync();
        using var session = web.App.NewSession();
        var page = await session.GetPageAsync(SelfAssessmentPaths.Invitation(invitation.Code));
        var now = web.App.Clock.Now;
        web.App.Clock.Advance(TimeSpan.FromDays(29));
        try
        {
            (await session.GetPageAsync(SelfAssessmentPaths.Invitation(invitation.Code))).Heading.ShouldBe("This link has expired");
            var posted = await session.FollowAsync(await session.SubmitAsync(page, "form", new Dictionary<string, string> { ["Who"] = "me", ["ContactEmail"] = "pat@example.org" }));
            posted.Heading.ShouldBe("This link has expired");
        }
        finally
        {
            web.App.Clock.Now = now;
        }
    }

    [Fact]
    public async Task Question_AnswerNotOffered_SaysSoAndKeepsTheAnswersGivenBefore()
    {
        var (_, invitation) = await web.InviteAsync();
        using var session = web.App.NewSession();
        var living = await session.AnswerAsync(await session.StartAsync(invitation.Code), "65_74");

        var refused = await HtmlPage.ReadAsync(
            await session.SubmitAsync(living, "form", new Dictionary<string, string> { ["Answer"] = "a_castle", ["Action"] = "continue" }), living.Url);

        refused.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        refused.ErrorSummary.ShouldBe([QuestionPage.NotOfferedMessage]);
        refused.Heading.ShouldStartWith("Where do you live?");
        var answers = SelfAssessmentJourney.AnswersOf((await web.Store.FindAsync(invitation.SelfAssessment.Id))!.PersonAnswersJson);
        answers.ShouldBe(new Dictionary<string, string> { ["person.age_band"] = "65_74" });
    }

    [Fact]
    public async Task Question_NoAnswerChosen_AsksForOne()
    {
        var (_, invitation) = await web.InviteAsync();
        using var session = web.App.NewSession();
        var first = await session.StartAsync(invitation.Code);

        var refused = await HtmlPage.ReadAsync(await session.SubmitAsync(first, "form", new Dictionary<string, string> { ["Action"] = "continue" }), first.Url);

        refused.ErrorSummary.ShouldBe([QuestionPage.NoAnswerMessage]);
        refused.Document.QuerySelector("#Answer-error")!.TextContent.ShouldContain(QuestionPage.NoAnswerMessage);
    }

    [Fact]
    public async Task SaveAndComeBack_WithTheEmailedCode_CarriesOnAtTheNextQuestionAndNothingIsShownBefore()
    {
        var (_, invitation) = await web.InviteAsync();
        using var session = web.App.NewSession();
        var living = await session.AnswerAsync(await session.StartAsync(invitation.Code, email: "carry.on@example.org"), "75_84");
        var saved = await session.AnswerAsync(living, "own_home_alone", action: "save");
        saved.Document.QuerySelector("#reference")!.TextContent.ShouldBe(invitation.SelfAssessment.Reference);

        var locked = await session.Client.GetAsync(SelfAssessmentPaths.CheckAnswers);
        locked.LocalTarget().ShouldBe("/self-assessment/return?ended=true");
        var returning = await session.GetPageAsync(SelfAssessmentPaths.Return);
        var codePage = await session.FollowAsync(await session.SubmitAsync(returning, "form", new Dictionary<string, string> { ["Reference"] = invitation.SelfAssessment.Reference.ToLowerInvariant() }));
        codePage.Heading.ShouldBe("Enter the code we sent you");
        codePage.Document.Body!.TextContent.ShouldNotContain("carry.on@example.org");
        var code = await web.LastCodeSentToAsync("carry.on@example.org");
        var next = await session.FollowAsync(await session.SubmitAsync(codePage, "form", new Dictionary<string, string> { ["Code"] = code }));

        next.Heading.ShouldBe("Does anyone help you without being paid, like family, friends or neighbours?");
    }

    [Fact]
    public async Task SaveAndComeBack_MobileInsteadOfEmail_TextsTheCodeThroughNotifyAndCarriesOn()
    {
        var (_, invitation) = await web.InviteAsync();
        using var session = web.App.NewSession();
        var living = await session.AnswerAsync(await session.StartAsync(invitation.Code, email: "", mobile: "07700 900 982"), "75_84");
        await session.AnswerAsync(living, "own_home_alone", action: "save");
        var stored = (await web.Store.FindAsync(invitation.SelfAssessment.Id))!;
        (stored.ContactEmail, stored.ContactMobile).ShouldBe(((string?)null, "+447700900982"));

        var returning = await session.GetPageAsync(SelfAssessmentPaths.Return);
        var codePage = await session.FollowAsync(await session.SubmitAsync(returning, "form", new Dictionary<string, string> { ["Reference"] = invitation.SelfAssessment.Reference }));
        codePage.Document.Body!.TextContent.ShouldNotContain("900 982");
        codePage.Document.Body.TextContent.ShouldNotContain("900982");
        var code = await web.LastCodeTextedToAsync("+447700900982");
        var next = await session.FollowAsync(await session.SubmitAsync(codePage, "form", new Dictionary<string, string> { ["Code"] = code }));

        next.Heading.ShouldBe("Does anyone help you without being paid, like family, friends or neighbours?");
        web.Notify.Received.Last(m => m.PhoneNumber == "+447700900982").TemplateId.ShouldBe(NotifyServer.TemplateId);
        web.Notify.Refused.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("", "", "ContactEmail", "Enter your e-mail address or your mobile phone number")]
    [InlineData("", "01632 960 001", "ContactMobile", UkMobileNumber.NotAMobile)]
    [InlineData("", "07700 90098", "ContactMobile", UkMobileNumber.NotAMobile)]
    [InlineData("pat@example.org", "call me", "ContactMobile", UkMobileNumber.NotAMobile)]
    public async Task Start_NoContactOrNotAUkMobile_SaysWhatIsNeededAtTheFieldAndKeepsWhatWasTyped(string email, string mobile, string field, string message)
    {
        var (_, invitation) = await web.InviteAsync();
        using var session = web.App.NewSession();
        var page = await session.GetPageAsync(SelfAssessmentPaths.Invitation(invitation.Code));

        var refused = await HtmlPage.ReadAsync(
            await session.SubmitAsync(page, "form", new Dictionary<string, string> { ["Who"] = "me", ["ContactEmail"] = email, ["ContactMobile"] = mobile }), page.Url);

        refused.ErrorSummary.ShouldBe([message]);
        refused.Document.QuerySelector($"#{field}-error")!.TextContent.ShouldContain(message);
        refused.Document.QuerySelector("a[href='#" + field + "']").ShouldNotBeNull();
        ((AngleSharp.Html.Dom.IHtmlInputElement)refused.Document.QuerySelector("#ContactMobile")!).Value.ShouldBe(mobile);
        (await web.Store.CheckInvitationAsync(invitation.Code)).ShouldBe(InvitationCheck.Valid);
    }

    [Fact]
    public async Task InviteAsync_ByTextMessage_SendsTheLinkThroughNotifyAndAuditsIt()
    {
        var (personId, _) = await web.InviteAsync();
        var reviews = web.App.Services.GetRequiredService<SelfAssessmentReviews>();

        var created = (await reviews.InviteAsync(CaseWorkers.Practitioner(), personId, null, "+447700900123", new Uri("https://council.example/"))).Value!;

        (created.Texted, created.Emailed, created.NotSent.Count).ShouldBe((true, false, 0));
        var text = web.Notify.Received.Single(m => m.PhoneNumber == "+447700900123");
        text.Body.ShouldContain(created.Link);
        var audit = (await web.App.Services.GetRequiredService<AuditLog>().SearchAsync(new AuditQuery { Action = SelfAssessmentStore.InvitationCreatedAction }))
            .Select(row => row.Entry).Single(entry => entry.AfterJson!.Contains(created.Reference, StringComparison.Ordinal));
        audit.AfterJson.ShouldNotBeNull().ShouldContain("\"InvitationSentBy\":\"TextMessage\"");
    }

    [Fact]
    public async Task ReturnCode_WrongCodes_AreLimitedAndTheRightOneIsThenRefused()
    {
        var (_, invitation) = await web.InviteAsync();
        using var session = web.App.NewSession();
        await session.AnswerAsync(await session.StartAsync(invitation.Code, email: "wrong.codes@example.org"), "75_84", action: "save");
        var returning = await session.GetPageAsync(SelfAssessmentPaths.Return);
        var codePage = await session.FollowAsync(await session.SubmitAsync(returning, "form", new Dictionary<string, string> { ["Reference"] = invitation.SelfAssessment.Reference }));
        var code = await web.LastCodeSentToAsync("wrong.codes@example.org");
        var wrong = code == "000000" ? "111111" : "000000";

        var messages = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var refused = await HtmlPage.ReadAsync(await session.SubmitAsync(codePage, "form", new Dictionary<string, string> { ["Code"] = wrong }), codePage.Url);
            messages.Add(refused.ErrorSummary.Single());
        }

        messages[0].ShouldBe(ReturnCode.WrongMessage(4));
        messages[3].ShouldBe("The code is not right. Check the e-mail or text message and try again. You can try 1 more time");
        messages[4].ShouldBe(ReturnCode.TooManyMessage);
        var right = await HtmlPage.ReadAsync(await session.SubmitAsync(codePage, "form", new Dictionary<string, string> { ["Code"] = code }), codePage.Url);
        right.ErrorSummary.ShouldBe([ReturnCode.TooManyMessage]);
        SelfAssessmentJourney.AnswersOf((await web.Store.FindAsync(invitation.SelfAssessment.Id))!.PersonAnswersJson)["person.age_band"].ShouldBe("75_84");
    }

    [Fact]
    public async Task ReturnCode_AnotherPersonsReferenceWithYourCode_IsWrongAndTheirPageReadsAsAnyOther()
    {
        var (_, mine) = await web.InviteAsync();
        var (_, theirs) = await web.InviteAsync(caseloadPosition: 1);
        using var me = web.App.NewSession();
        await me.AnswerAsync(await me.StartAsync(mine.Code, email: "me@example.org"), "18_24", action: "save");
        using var them = web.App.NewSession();
        await them.AnswerAsync(await them.StartAsync(theirs.Code, email: "them@example.org"), "85_plus", action: "save");
        var returning = await me.GetPageAsync(SelfAssessmentPaths.Return);
        await me.SubmitAsync(returning, "form", new Dictionary<string, string> { ["Reference"] = mine.SelfAssessment.Reference });
        var myCode = await web.LastCodeSentToAsync("me@example.org");

        var theirPage = await me.FollowAsync(await me.SubmitAsync(returning, "form", new Dictionary<string, string> { ["Reference"] = theirs.SelfAssessment.Reference }));
        var unknownPage = await me.FollowAsync(await me.SubmitAsync(returning, "form", new Dictionary<string, string> { ["Reference"] = "SA-ZZZZ-ZZZZ" }));
        var refused = await HtmlPage.ReadAsync(await me.SubmitAsync(theirPage, "form", new Dictionary<string, string> { ["Code"] = myCode }), theirPage.Url);

        refused.ErrorSummary.ShouldBe([ReturnCode.WrongMessage(4)]);
        refused.Document.Body!.TextContent.ShouldNotContain("85 or over");
        refused.Document.Body.TextContent.ShouldNotContain("them@example.org");
        Paragraphs(theirPage).Replace(theirs.SelfAssessment.Reference, "REF", StringComparison.Ordinal)
            .ShouldBe(Paragraphs(unknownPage).Replace("SA-ZZZZ-ZZZZ", "REF", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Return_NotAReference_SaysWhatOneLooksLike()
    {
        using var session = web.App.NewSession();
        var returning = await session.GetPageAsync(SelfAssessmentPaths.Return);

        var refused = await HtmlPage.ReadAsync(await session.SubmitAsync(returning, "form", new Dictionary<string, string> { ["Reference"] = "my name" }), returning.Url);

        refused.ErrorSummary.ShouldBe(["Enter your reference as it is shown, like SA-ABCD-2346"]);
    }

    [Fact]
    public async Task Privacy_Page_SaysWhatIsKeptAndForHowLong()
    {
        using var session = web.App.NewSession();

        var page = await session.GetPageAsync(SelfAssessmentPaths.Privacy);

        page.Heading.ShouldBe("How we keep and use your information");
        page.Document.Body!.TextContent.ShouldContain("answers you have not sent: 90 days after you last changed them");
    }

    private static string Paragraphs(HtmlPage page) =>
        string.Join("\n", page.Document.QuerySelectorAll("main p").Select(p => p.TextContent.Trim()));
}
