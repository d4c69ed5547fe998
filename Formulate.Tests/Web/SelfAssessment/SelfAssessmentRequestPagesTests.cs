using System.Net;
using Formulate.Data.Entities;
using Formulate.Data.SelfAssessments;
using Formulate.Tests.Web.Support;
using Formulate.Web.Components.Pages.SelfAssessment;
using Formulate.Web.SelfAssessments;

namespace Formulate.Tests.Web.SelfAssessment;

/// <summary>Asking for a self-assessment without an invitation, without JavaScript: forms posted, pages read with AngleSharp.</summary>
public sealed class SelfAssessmentRequestPagesTests(SelfAssessmentWebApp invitationOnly, RequestsAllowedWebApp allowed)
    : IClassFixture<SelfAssessmentWebApp>, IClassFixture<RequestsAllowedWebApp>
{
    private SelfAssessmentWebApp Web => allowed.Web;

    [Fact]
    public async Task Request_CouncilTakesInvitationsOnly_SaysSoWithTheCouncilsContactAndOffersNoRequest()
    {
        using var session = invitationOnly.App.NewSession();

        var start = await session.GetPageAsync(SelfAssessmentPaths.Start);
        var page = await session.GetPageAsync(SelfAssessmentPaths.Request);

        start.Document.QuerySelector($"a[href='{SelfAssessmentPaths.Request}']").ShouldBeNull();
        page.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading.ShouldBe("You need an invitation from your council");
        page.Document.Body!.TextContent.ShouldContain("Demo Borough Council takes self-assessments by invitation only.");
        page.Document.QuerySelector("#council-contact")!.TextContent.ShouldContain("Telephone: 0300 123 4567");
        page.Document.QuerySelector("#council-contact a[href='mailto:adultsocialcare@demo-borough.example']").ShouldNotBeNull();
        page.Document.QuerySelector("form").ShouldBeNull();
    }

    [Fact]
    public async Task Start_CouncilAllowsRequests_OffersANewRequest()
    {
        using var session = Web.App.NewSession();

        var start = await session.GetPageAsync(SelfAssessmentPaths.Start);

        start.Document.QuerySelector($"a[href='{SelfAssessmentPaths.Request}']")!.TextContent.Trim().ShouldBe("Start a new request");
        (await session.GetPageAsync(SelfAssessmentPaths.Request)).Heading.ShouldBe("Start a new request");
    }

    [Fact]
    public async Task Request_NothingGiven_SaysWhatIsMissingAtEachFieldAndStartsNothing()
    {
        using var session = Web.App.NewSession();
        var before = (await Web.Store.ListUnmatchedRequestsAsync()).Count;

        var refused = await session.RequestAsync(new Dictionary<string, string>());

        refused.Url.ShouldBe(SelfAssessmentPaths.Request);
        refused.ErrorSummary.ShouldBe(
        [
            "Select who is filling in this form", "Enter the full name of the person who needs help", "Enter their date of birth",
            "Enter their postcode", "Enter your e-mail address or your mobile phone number",
        ]);
        refused.InlineError("Who").ShouldBe("Select who is filling in this form");
        refused.InlineError("FullName").ShouldBe("Enter the full name of the person who needs help");
        refused.InlineError("DateOfBirth").ShouldBe("Enter their date of birth");
        refused.InlineError("Postcode").ShouldBe("Enter their postcode");
        refused.InlineError("ContactEmail").ShouldBe("Enter your e-mail address or your mobile phone number");
        refused.Document.Title.ShouldStartWith("Error: ");
        (await Web.Store.ListUnmatchedRequestsAsync()).Count.ShouldBe(before);
    }

    [Fact]
    public async Task Request_WrongValues_SaysWhatIsWrongAndKeepsEverythingTyped()
    {
        using var session = Web.App.NewSession();
        var fields = new Dictionary<string, string>
        {
            ["Who"] = "someone-else",
            ["FullName"] = new string('a', 201),
            ["DateOfBirth-day"] = "31",
            ["DateOfBirth-month"] = "2",
            ["DateOfBirth-year"] = "1950",
            ["Postcode"] = "NOT A POSTCODE",
            ["ContactEmail"] = "not-an-address",
            ["ContactMobile"] = "0123",
        };

        var refused = await session.RequestAsync(fields);

        refused.ErrorSummary.ShouldBe(
        [
            "Select how you know the person", "Enter your full name", "Their full name must be 200 characters or fewer",
            "Date of birth must be a real date", "Enter a real UK postcode, like LS1 4AP",
            "Enter an e-mail address in the correct format, like name@example.com", UkMobileNumber.NotAMobile,
        ]);
        refused.InlineError("DateOfBirth").ShouldBe("Date of birth must be a real date");
        refused.InlineError("Postcode").ShouldBe("Enter a real UK postcode, like LS1 4AP");
        refused.InlineError("ContactMobile").ShouldBe(UkMobileNumber.NotAMobile);
        string Typed(string name) => refused.Document.QuerySelector($"input[name='{name}']")!.GetAttribute("value")!;
        (Typed("DateOfBirth-day"), Typed("DateOfBirth-month"), Typed("DateOfBirth-year")).ShouldBe(("31", "2", "1950"));
        (Typed("Postcode"), Typed("ContactEmail"), Typed("ContactMobile"), Typed("FullName")).ShouldBe(("NOT A POSTCODE", "not-an-address", "0123", new string('a', 201)));
        refused.Document.QuerySelector("input[name='Who'][value='someone-else']")!.HasAttribute("checked").ShouldBeTrue();
    }

    [Fact]
    public async Task Request_DateOfBirthInTheFuture_SaysItMustBeInThePast()
    {
        using var session = Web.App.NewSession();
        var fields = RequestSession.Valid("Future Born", "future@example.org");
        fields["DateOfBirth-year"] = (Web.App.Clock.Now.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var refused = await session.RequestAsync(fields);

        refused.ErrorSummary.ShouldBe(["Date of birth must be today or in the past"]);
    }

    [Fact]
    public async Task Request_ForSomeoneElse_AsksAboutThemAndIsSentWithTheReferenceAndNoPerson()
    {
        using var session = Web.App.NewSession();
        var fields = RequestSession.Valid("Jo Requested", "helper@example.org");
        fields["Who"] = "someone-else";
        fields["Relationship"] = "friend";
        fields["HelperName"] = "Kit Neighbour";

        var first = await session.RequestAsync(fields);

        first.Heading.ShouldBe("How old are they?");
        var check = await session.AnswerAllAsync(first);
        var sent = await session.FollowAsync(await session.SubmitAsync(check, "form"));
        var reference = sent.Document.QuerySelector("#reference")!.TextContent;
        var stored = (await Web.Store.ListUnmatchedRequestsAsync()).Single(s => s.Reference == reference);
        (stored.RequestName, stored.RequestDateOfBirth, stored.RequestPostcode, stored.PersonId)
            .ShouldBe(("Jo Requested", (DateOnly?)new DateOnly(1950, 3, 27), "NB2 7QT", (Guid?)null));
        (stored.Voice, stored.HelperRelationship, stored.HelperName, stored.ContactEmail).ShouldBe(("they", "friend", "Kit Neighbour", "helper@example.org"));
        stored.Status.ShouldBe(SelfAssessmentStatus.Submitted);
    }

    [Fact]
    public async Task Request_SaveAndComeBackWithTheEmailedCode_ShowsNothingPersonalBeforeTheCode()
    {
        using var session = Web.App.NewSession();
        var first = await session.RequestAsync(RequestSession.Valid("Lee Returning", "lee.returning@example.org"));
        var living = await session.AnswerAsync(first, "75_84");
        var saved = await session.AnswerAsync(living, "own_home_alone", action: "save");
        var reference = saved.Document.QuerySelector("#reference")!.TextContent;

        var returning = await session.GetPageAsync(SelfAssessmentPaths.Return);
        var codePage = await session.FollowAsync(await session.SubmitAsync(returning, "form", new Dictionary<string, string> { ["Reference"] = reference }));

        codePage.Heading.ShouldBe("Enter the code we sent you");
        foreach (var personal in new[] { "Lee Returning", "lee.returning@example.org", "NB2 7QT", "1950" })
        {
            codePage.Document.Body!.TextContent.ShouldNotContain(personal);
        }

        var wrong = await HtmlPage.ReadAsync(await session.SubmitAsync(codePage, "form", new Dictionary<string, string> { ["Code"] = "000000" }), codePage.Url);
        wrong.Document.Body!.TextContent.ShouldNotContain("Lee Returning");
        var code = await Web.LastCodeSentToAsync("lee.returning@example.org");
        var next = await session.FollowAsync(await session.SubmitAsync(codePage, "form", new Dictionary<string, string> { ["Code"] = code }));
        next.Heading.ShouldBe("Does anyone help you without being paid, like family, friends or neighbours?");
    }
}
