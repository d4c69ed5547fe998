using Formulate.Data.Audit;
using Formulate.Data.SelfAssessments;
using Formulate.Tests.Web.Support;
using Formulate.Web.SelfAssessments;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.SelfAssessment;

/// <summary>Business support and team managers matching sent requests to people and giving them to practitioners.</summary>
public sealed class SelfAssessmentRequestStaffTests(RequestsAllowedWebApp allowed) : IClassFixture<RequestsAllowedWebApp>
{
    private const string ListPath = "/self-assessments/requests";

    private SelfAssessmentWebApp Web => allowed.Web;

    [Fact]
    public async Task List_BusinessSupport_SeesWhoAskedAndWhenButNeverTheAnswers()
    {
        var request = await SentRequestAsync("Hana Listed");
        using var session = await SignedInAsync("demo.support");

        var list = await session.GetPageAsync(ListPath);
        var detail = await session.GetPageAsync($"{ListPath}/{request.Id}");

        list.Heading.ShouldBe("Self-assessment requests");
        var row = list.Document.QuerySelectorAll("#self-assessment-requests tbody tr")
            .Single(r => r.TextContent.Contains("Hana Listed", StringComparison.Ordinal));
        row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).Skip(1)
            .ShouldBe(["27 March 1950", "NB2 7QT", Formulate.Web.SignOff.SignOffText.Date(Formulate.Data.Time.UkTime.DateOf(Web.App.Clock.Now))]);
        detail.Heading.ShouldBe("Match a self-assessment request");
        detail.Document.QuerySelector("#request-details")!.TextContent.ShouldContain("Hana Listed");
        foreach (var page in new[] { list, detail })
        {
            page.Document.Body!.TextContent.ShouldNotContain("75 to 84");
            page.Document.Body.TextContent.ShouldNotContain("How old");
        }
    }

    [Fact]
    public async Task AddPerson_FromTheRequest_AddsThemGivesItToThePractitionerAndAuditsIt()
    {
        var request = await SentRequestAsync("Noor Al Haddad");
        using var session = await SignedInAsync("demo.support");
        var detail = await session.GetPageAsync($"{ListPath}/{request.Id}");
        detail.Document.QuerySelector("input[name='GivenName']")!.GetAttribute("value").ShouldBe("Noor Al");
        detail.Document.QuerySelector("input[name='FamilyName']")!.GetAttribute("value").ShouldBe("Haddad");

        var done = await session.FollowAsync(await session.SubmitAsync(detail, "#add-person-form", new Dictionary<string, string>
        {
            ["CaseReference"] = "DEMO-0901",
            ["GivenName"] = "Noor",
            ["FamilyName"] = "Al Haddad",
            ["Team"] = Formulate.Data.Seeding.DemoAccounts.NorthTeam,
            ["NewPractitioner"] = "demo.practitioner",
        }));

        done.Url.ShouldStartWith($"{ListPath}?assigned=");
        done.Document.QuerySelector("#request-assigned")!.TextContent.ShouldContain(request.Reference);
        done.Document.Body!.TextContent.ShouldNotContain("Noor");
        var stored = (await Web.Store.FindAsync(request.Id))!;
        stored.AssignedTo.ShouldBe("demo.practitioner");
        var toCheck = await Web.App.Services.GetRequiredService<SelfAssessmentReviews>().ListToReviewAsync(CaseWorkers.Practitioner());
        toCheck.Single(t => t.Id == request.Id).PersonName.ShouldBe("Noor Al Haddad");
        var audit = (await Web.App.Services.GetRequiredService<AuditLog>().SearchAsync(new AuditQuery { Action = SelfAssessmentStore.RequestMatchedToNewPersonAction }))
            .Select(r => r.Entry).Where(e => e.PersonId == stored.PersonId).ToList();
        audit.Select(e => e.EntityType).Order().ShouldBe(["Person", "Self-assessment"]);
        audit.ShouldAllBe(e => e.UserName == "demo.support");
    }

    [Fact]
    public async Task Match_ToSomeoneOfTheTeam_ShowsThemAsACandidateAndGivesItToTheirPractitioner()
    {
        var request = await SentRequestAsync("Ravi Chandra");
        using var session = await SignedInAsync("demo.manager");
        var detail = await session.GetPageAsync($"{ListPath}/{request.Id}");
        var candidate = detail.Document.QuerySelectorAll("#match-form input[name='PersonId']")
            .Single(input => input.ParentElement!.TextContent.Contains("Ravi Chandra", StringComparison.Ordinal));

        var done = await session.FollowAsync(await session.SubmitAsync(detail, "#match-form", new Dictionary<string, string>
        {
            ["PersonId"] = candidate.GetAttribute("value")!,
            ["MatchPractitioner"] = "demo.practitioner",
        }));

        done.Document.QuerySelector("#request-assigned").ShouldNotBeNull();
        (await Web.Store.FindAsync(request.Id))!.PersonId.ShouldBe(Guid.Parse(candidate.GetAttribute("value")!));
        var audit = (await Web.App.Services.GetRequiredService<AuditLog>().SearchAsync(new AuditQuery { Action = SelfAssessmentStore.RequestMatchedAction }))
            .Select(r => r.Entry).Single(e => e.EntityId == request.Id.ToString());
        (audit.UserName, audit.PersonId).ShouldBe(("demo.manager", (Guid?)Guid.Parse(candidate.GetAttribute("value")!)));
    }

    [Fact]
    public async Task Match_NothingChosen_SaysWhatIsMissingAndMatchesNothing()
    {
        var request = await SentRequestAsync("Ravi Chandra");
        using var session = await SignedInAsync("demo.support");
        var detail = await session.GetPageAsync($"{ListPath}/{request.Id}");

        var refused = await HtmlPage.ReadAsync(await session.SubmitAsync(detail, "#match-form", new Dictionary<string, string>()), detail.Url);

        refused.ErrorSummary.ShouldBe([SelfAssessmentRequests.SelectPerson, SelfAssessmentRequests.SelectPractitioner]);
        refused.InlineError("PersonId").ShouldBe(SelfAssessmentRequests.SelectPerson);
        refused.InlineError("MatchPractitioner").ShouldBe(SelfAssessmentRequests.SelectPractitioner);
        (await Web.Store.FindAsync(request.Id))!.PersonId.ShouldBeNull();
    }

    [Fact]
    public async Task AddPerson_NoCaseReferenceOrPractitioner_SaysWhatIsMissingAndAddsNobody()
    {
        var request = await SentRequestAsync("Una Added");
        using var session = await SignedInAsync("demo.support");
        var detail = await session.GetPageAsync($"{ListPath}/{request.Id}");

        var refused = await HtmlPage.ReadAsync(await session.SubmitAsync(detail, "#add-person-form", new Dictionary<string, string>
        {
            ["CaseReference"] = "",
            ["Team"] = Formulate.Data.Seeding.DemoAccounts.NorthTeam,
        }), detail.Url);

        refused.ErrorSummary.ShouldBe(["Enter the case reference", SelfAssessmentRequests.SelectPractitioner]);
        refused.InlineError("NewPractitioner").ShouldBe(SelfAssessmentRequests.SelectPractitioner);
        refused.Document.QuerySelector("input[name='GivenName']")!.GetAttribute("value").ShouldBe("Una");
        (await Web.Store.FindAsync(request.Id))!.PersonId.ShouldBeNull();
    }

    [Fact]
    public async Task List_Practitioner_IsRefused()
    {
        using var session = await SignedInAsync("demo.practitioner");

        var response = await session.Client.GetAsync(ListPath);

        response.LocalTarget().ShouldStartWith("/forbidden");
    }

    private async Task<Formulate.Data.Entities.SelfAssessment> SentRequestAsync(string name)
    {
        var request = await Web.Store.RequestAsync(
            new SelfAssessmentRequest(name, new DateOnly(1950, 3, 27), "NB2 7QT", new StartedSelfAssessment("you", null, null, "asked@example.org")), "2025.1");
        await Web.Store.SaveAnswersAsync(request.Id, new Dictionary<string, string?> { ["person.age_band"] = "75_84" });
        await Web.Store.SubmitAsync(request.Id);
        return request;
    }

    private async Task<WebSession> SignedInAsync(string userName)
    {
        var session = Web.App.NewSession();
        await session.SignInAsync(userName);
        return session;
    }
}
