using System.Text.Json.Nodes;
using Formulate.Data.Entities;
using Formulate.Data.Profiles;
using Formulate.Data.SelfAssessments;
using Formulate.Engine.Json;
using Formulate.Tests.Data.Builders;
using Formulate.Tests.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Data;

/// <summary>A self-assessment from its invitation, through coming back with a code, to a practitioner's review into a Needs Profile.</summary>
public abstract class SelfAssessmentStoreTests(ITestDatabaseHost host) : DataTestBase(host, protectPersonalData: true)
{
    private static readonly StartedSelfAssessment ByThePerson = new("you", null, null, "pat@example.org");

    private Person _person = null!;

    private SelfAssessmentStore Store => Database.Services.GetRequiredService<SelfAssessmentStore>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _person = new PersonBuilder().WithCaseReference("SA-0001").Build();
        await using var context = Database.CreateContext();
        context.Add(_person);
        await context.SaveChangesAsync();
    }

    [Fact]
    public async Task StartAsync_InvitationUsedTwice_StartsOnceAndRefusesTheSecond()
    {
        var invitation = await Store.InviteAsync(_person.Id, "2025.1", "prac");

        var first = await Store.StartAsync(invitation.Code, ByThePerson);
        var second = await Store.StartAsync(invitation.Code, ByThePerson);

        first.Check.ShouldBe(InvitationCheck.Valid);
        first.SelfAssessmentId.ShouldBe(invitation.SelfAssessment.Id);
        second.ShouldBe((InvitationCheck.AlreadyUsed, (Guid?)null));
    }

    [Fact]
    public async Task InviteAsync_Created_IsAuditedWithWhoForWhomWhenAndHowSentButNeverTheCode()
    {
        var code = SelfAssessmentCodes.NewInvitationCode();

        var invitation = await Store.InviteAsync(_person.Id, "2025.1", "prac", code, InvitationSentBy.Email);

        await using var context = Database.CreateContext();
        var audit = await context.AuditEntries.SingleAsync(e => e.Action == SelfAssessmentStore.InvitationCreatedAction);
        (audit.UserName, audit.PersonId, audit.OccurredAt, audit.EntityType, audit.EntityId)
            .ShouldBe(("prac", (Guid?)_person.Id, Database.Time.Now, "Self-assessment", invitation.SelfAssessment.Id.ToString()));
        var after = JsonNode.Parse(audit.AfterJson!)!["Self-assessment"]!;
        after["InvitationSentBy"]!.GetValue<string>().ShouldBe("Email");
        after["Reference"]!.GetValue<string>().ShouldBe(invitation.SelfAssessment.Reference);
        after["InvitationCodeHash"]!.GetValue<string>().ShouldBe("(hidden)");
        var text = audit.AfterJson.ShouldNotBeNull();
        text.ShouldNotContain(code);
        text.ShouldNotContain(invitation.SelfAssessment.InvitationCodeHash);
    }

    [Fact]
    public async Task StartAsync_ThePersonsOwnSaves_AddNothingToTheAuditLogAfterTheInvitation()
    {
        var id = await StartedAsync();

        await Store.SaveAnswersAsync(id, new Dictionary<string, string?> { ["hygiene.need"] = "some" });
        await Store.SubmitAsync(id);

        await using var context = Database.CreateContext();
        (await context.AuditEntries.Where(e => e.EntityType == "Self-assessment").Select(e => e.Action).ToListAsync())
            .ShouldBe([SelfAssessmentStore.InvitationCreatedAction]);
    }

    [Fact]
    public async Task CheckInvitationAsync_AfterItsDays_IsExpiredAndCannotStart()
    {
        var invitation = await Store.InviteAsync(_person.Id, "2025.1", "prac");
        Database.Time.Advance(TimeSpan.FromDays(28) + TimeSpan.FromSeconds(1));

        (await Store.CheckInvitationAsync(invitation.Code)).ShouldBe(InvitationCheck.Expired);
        (await Store.StartAsync(invitation.Code, ByThePerson)).Check.ShouldBe(InvitationCheck.Expired);
        (await Store.CheckInvitationAsync("NOT-A-CODE")).ShouldBe(InvitationCheck.Unknown);
    }

    [Fact]
    public async Task CheckReturnCodeAsync_WrongCodesThenTheRightOne_CountsDownThenRefusesEvenTheRightOne()
    {
        var id = await StartedAsync();
        var issued = (await Store.IssueReturnCodeAsync(Reference(id))).ShouldNotBeNull();
        (issued.ContactEmail, issued.ContactMobile).ShouldBe(("pat@example.org", (string?)null));

        var results = new List<ReturnCodeResult>();
        for (var i = 0; i < 5; i++)
        {
            results.Add(await Store.CheckReturnCodeAsync(issued.Reference, Wrong(issued.Code)));
        }

        results.Select(r => r.AttemptsLeft).ShouldBe([4, 3, 2, 1, 0]);
        results[^1].Check.ShouldBe(ReturnCodeCheck.TooManyAttempts);
        (await Store.CheckReturnCodeAsync(issued.Reference, issued.Code)).Check.ShouldBe(ReturnCodeCheck.TooManyAttempts);
    }

    [Fact]
    public async Task IssueReturnCodeAsync_MobileInsteadOfEmail_GivesTheMobileStoredProtected()
    {
        var invitation = await Store.InviteAsync(_person.Id, "2025.1", "prac");
        var id = (await Store.StartAsync(invitation.Code, new StartedSelfAssessment("you", null, null, null, "+447700900982"))).SelfAssessmentId!.Value;

        var issued = (await Store.IssueReturnCodeAsync(Reference(id))).ShouldNotBeNull();

        (issued.ContactEmail, issued.ContactMobile).ShouldBe(((string?)null, "+447700900982"));
        (await Store.CheckReturnCodeAsync(issued.Reference, issued.Code)).Check.ShouldBe(ReturnCodeCheck.Accepted);
        await using var context = Database.CreateContext();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"ContactMobile\" FROM \"SelfAssessments\" WHERE \"Reference\" = '{issued.Reference}'";
        ((string)(await command.ExecuteScalarAsync())!).ShouldNotContain("7700900982");
    }

    [Fact]
    public async Task StartAsync_NeitherEmailNorMobile_IsRefused()
    {
        var invitation = await Store.InviteAsync(_person.Id, "2025.1", "prac");

        await Should.ThrowAsync<ArgumentException>(() => Store.StartAsync(invitation.Code, new StartedSelfAssessment("you", null, null, null, null)));
        (await Store.CheckInvitationAsync(invitation.Code)).ShouldBe(InvitationCheck.Valid);
    }

    [Fact]
    public async Task CheckReturnCodeAsync_RightCodeTypedLoosely_IsAcceptedOnceAndNotAfterExpiry()
    {
        var id = await StartedAsync();
        var issued = (await Store.IssueReturnCodeAsync(Reference(id).ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)))!;

        (await Store.CheckReturnCodeAsync(issued.Reference, $" {issued.Code[..3]} {issued.Code[3..]} ")).ShouldBe(new ReturnCodeResult(ReturnCodeCheck.Accepted, id, 0));
        (await Store.CheckReturnCodeAsync(issued.Reference, issued.Code)).Check.ShouldBe(ReturnCodeCheck.Wrong);

        var again = (await Store.IssueReturnCodeAsync(issued.Reference))!;
        Database.Time.Advance(TimeSpan.FromMinutes(31));
        (await Store.CheckReturnCodeAsync(issued.Reference, again.Code)).Check.ShouldBe(ReturnCodeCheck.Expired);
    }

    [Fact]
    public async Task CheckReturnCodeAsync_AnotherPersonsReferenceWithYourCode_IsWrong()
    {
        var mine = await StartedAsync();
        var theirs = await StartedAsync();
        var myCode = (await Store.IssueReturnCodeAsync(Reference(mine)))!.Code;
        await Store.IssueReturnCodeAsync(Reference(theirs));

        var result = await Store.CheckReturnCodeAsync(Reference(theirs), myCode);

        result.Check.ShouldBe(ReturnCodeCheck.Wrong);
        result.SelfAssessmentId.ShouldBeNull();
    }

    [Fact]
    public async Task SaveAnswersAsync_Answers_AreStoredProtectedAndReadBack()
    {
        var id = await StartedAsync();

        (await Store.SaveAnswersAsync(id, new Dictionary<string, string?> { ["hygiene.need"] = "some" })).ShouldBeTrue();

        var stored = (await Store.FindAsync(id))!;
        FormulateJson.Deserialize<Dictionary<string, string>>(stored.PersonAnswersJson)!["hygiene.need"].ShouldBe("some");
        await using var context = Database.CreateContext();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"PersonAnswersJson\", \"ContactEmail\" FROM \"SelfAssessments\" WHERE \"Reference\" = '{stored.Reference}'";
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue();
        reader.GetString(0).ShouldNotContain("hygiene");
        reader.GetString(1).ShouldNotContain("example.org");
    }

    [Fact]
    public async Task ReviewAsync_OneAcceptedOneChanged_WritesThePractitionersAnswersAndKeepsBothSideBySide()
    {
        var id = await StartedAsync();
        await Store.SaveAnswersAsync(id, new Dictionary<string, string?> { ["hygiene.need"] = "some", ["dressing.need"] = "none" });
        await Store.SubmitAsync(id);
        var profile = await Database.Profiles.CreateAsync(_person.Id, new DateOnly(2026, 11, 22), "2025.1", "prac");

        var saved = await Store.ReviewAsync(
            id, profile.Id, profile.Version, [new("hygiene.need", "some"), new("dressing.need", "prompting")], [], "prac");

        saved.IsSaved.ShouldBeTrue();
        var answers = FormulateJson.Deserialize<Dictionary<string, string>>((await Database.Profiles.FindAsync(profile.Id))!.AnswersJson)!;
        answers.ShouldBe(new Dictionary<string, string> { ["hygiene.need"] = "some", ["dressing.need"] = "prompting" }, ignoreOrder: true);
        var reviews = await Store.ReviewsOfAsync(id);
        reviews.Select(r => (r.QuestionId, r.PersonAnswer, r.PractitionerAnswer, r.Accepted))
            .ShouldBe([("hygiene.need", "some", "some", true), ("dressing.need", "none", "prompting", false)], ignoreOrder: true);
        await using var context = Database.CreateContext();
        var audit = await context.AuditEntries.Where(e => e.Action == "Self-assessment answers reviewed into the Needs Profile").SingleAsync();
        audit.AfterJson.ShouldNotBeNull().ShouldContain("\"PersonAnswer\":\"none\"");
        audit.AfterJson.ShouldContain("\"PractitionerAnswer\":\"prompting\"");
    }

    [Fact]
    public async Task AnswersUsedInAsync_ProfileWithReviewedAnswers_GivesThemWithWhoAnsweredAndNothingForAnotherProfile()
    {
        var invitation = await Store.InviteAsync(_person.Id, "2025.1", "prac");
        var id = (await Store.StartAsync(invitation.Code, new StartedSelfAssessment("they", "child", "Robin Daughter", "robin@example.org"))).SelfAssessmentId!.Value;
        await Store.SaveAnswersAsync(id, new Dictionary<string, string?> { ["hygiene.need"] = "some", ["dressing.need"] = "none" });
        await Store.SubmitAsync(id);
        var profile = await Database.Profiles.CreateAsync(_person.Id, new DateOnly(2026, 11, 22), "2025.1", "prac");
        var other = await Database.Profiles.CreateAsync(_person.Id, new DateOnly(2026, 11, 22), "2025.1", "prac");
        await Store.ReviewAsync(id, profile.Id, profile.Version, [new("hygiene.need", "some"), new("dressing.need", "prompting")], [], "prac");

        var used = (await Store.AnswersUsedInAsync([profile.Id, other.Id])).ShouldHaveSingleItem();

        (used.ProfileId, used.SelfAssessmentId, used.HelperRelationship).ShouldBe((profile.Id, id, "child"));
        used.Reviews.Select(r => (r.QuestionId, r.PersonAnswer, r.PractitionerAnswer))
            .ShouldBe([("hygiene.need", "some", "some"), ("dressing.need", "none", "prompting")], ignoreOrder: true);
        (await Store.AnswersUsedInAsync([other.Id])).ShouldBeEmpty();
    }

    [Fact]
    public async Task ReviewAsync_NotSubmittedOrStaleProfileVersion_ChangesNothing()
    {
        var id = await StartedAsync();
        await Store.SaveAnswersAsync(id, new Dictionary<string, string?> { ["hygiene.need"] = "some" });
        var profile = await Database.Profiles.CreateAsync(_person.Id, new DateOnly(2026, 11, 22), "2025.1", "prac");

        (await Store.ReviewAsync(id, profile.Id, profile.Version, [new("hygiene.need", "some")], [], "prac")).Outcome.ShouldBe(SaveAnswerOutcome.NotFound);
        await Store.SubmitAsync(id);
        (await Store.ReviewAsync(id, profile.Id, profile.Version + 1, [new("hygiene.need", "some")], [], "prac")).Outcome.ShouldBe(SaveAnswerOutcome.Conflict);
        (await Database.Profiles.FindAsync(profile.Id))!.AnswersJson.ShouldBe(NeedsProfile.EmptyAnswers);
        (await Store.ReviewsOfAsync(id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task SubmitAsync_WithTheFigureShown_KeepsItsVersionsAndTheSelfFunderAnswerAndAuditsThem()
    {
        var id = await StartedAsync();
        (await Store.SaveArrangesOwnCareAsync(id, "yes")).ShouldBeTrue();

        (await Store.SubmitAsync(id, new IndicativeFigureShown(123.45m, "formulate-core@2025.1", "demo-council@2025.4"))).ShouldBeTrue();

        var sent = (await Store.FindAsync(id))!;
        (sent.ArrangesOwnCare, sent.IndicativeWeekly, sent.IndicativeModelVersion, sent.IndicativeConfigurationVersion)
            .ShouldBe(("yes", 123.45m, "formulate-core@2025.1", "demo-council@2025.4"));
        await using var context = Database.CreateContext();
        var audit = await context.AuditEntries.Where(e => e.Action == SelfAssessmentStore.SentAction).SingleAsync();
        (audit.EntityId, audit.PersonId, audit.UserName).ShouldBe((id.ToString(), (Guid?)_person.Id, SelfAssessmentStore.SentBy));
        var recorded = System.Text.Json.Nodes.JsonNode.Parse(audit.AfterJson!)!["Self-assessment"]!;
        ((string?)recorded["ArrangesOwnCare"], (decimal?)recorded["IndicativeWeekly"], (string?)recorded["IndicativeConfigurationVersion"], (string?)recorded["IndicativeModelVersion"])
            .ShouldBe(("yes", 123.45m, "demo-council@2025.4", "formulate-core@2025.1"));
        audit.AfterJson!.ShouldNotContain("pat@example.org");
        (await Store.SaveArrangesOwnCareAsync(id, "no")).ShouldBeFalse("sent answers cannot be changed");
    }

    [Fact]
    public async Task SubmitAsync_NoFigureShown_KeepsNoneAndAuditsNoFigure()
    {
        var id = await StartedAsync();

        (await Store.SubmitAsync(id)).ShouldBeTrue();

        var sent = (await Store.FindAsync(id))!;
        (sent.ArrangesOwnCare, sent.IndicativeWeekly, sent.IndicativeConfigurationVersion).ShouldBe((null, null, null));
        await using var context = Database.CreateContext();
        (await context.AuditEntries.CountAsync(e => e.Action == SelfAssessmentStore.SentAction && e.EntityId == id.ToString())).ShouldBe(0);
    }

    [Fact]
    public async Task DeleteExpiredAsync_AfterTheRetentionPeriods_DeletesAbandonedDraftsAndOldSubmissionsOnly()
    {
        var abandoned = await StartedAsync();
        var unused = (await Store.InviteAsync(_person.Id, "2025.1", "prac")).SelfAssessment.Id;
        var submitted = await StartedAsync();
        await Store.SubmitAsync(submitted);
        Database.Time.Advance(TimeSpan.FromDays(60));
        var recent = await StartedAsync();
        Database.Time.Advance(TimeSpan.FromDays(31));

        (await Store.DeleteExpiredAsync()).ShouldBe(2);

        (await Store.FindAsync(abandoned)).ShouldBeNull();
        (await Store.FindAsync(unused)).ShouldBeNull();
        (await Store.FindAsync(submitted)).ShouldNotBeNull();
        (await Store.FindAsync(recent)).ShouldNotBeNull();
        Database.Time.Advance(TimeSpan.FromDays(365));
        (await Store.DeleteExpiredAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task RequestAsync_WithoutAnInvitation_IsOpenAtOnceWithNoPersonAndTheDetailsStoredProtected()
    {
        var request = await Store.RequestAsync(AsRequest("Alex Requester"), "2025.1");

        var stored = (await Store.FindAsync(request.Id)).ShouldNotBeNull();
        (stored.Status, stored.PersonId, stored.RequestName, stored.RequestDateOfBirth, stored.RequestPostcode)
            .ShouldBe((SelfAssessmentStatus.InProgress, (Guid?)null, "Alex Requester", (DateOnly?)new DateOnly(1950, 3, 27), "LS1 4AP"));
        (await Store.SaveAnswersAsync(request.Id, new Dictionary<string, string?> { ["hygiene.need"] = "some" })).ShouldBeTrue();
        await using var context = Database.CreateContext();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"RequestName\" || \"RequestDateOfBirth\" || \"RequestPostcode\" FROM \"SelfAssessments\" WHERE \"Reference\" = '{request.Reference}'";
        var raw = (string)(await command.ExecuteScalarAsync())!;
        raw.ShouldNotContain("Requester");
        raw.ShouldNotContain("1950");
        raw.ShouldNotContain("LS1");
    }

    [Fact]
    public async Task ListUnmatchedRequestsAsync_SentRequestsWithoutAPerson_OldestFirstAndNothingElse()
    {
        var unsent = await Store.RequestAsync(AsRequest("Not Sent"), "2025.1");
        var later = await Store.RequestAsync(AsRequest("Sent Later"), "2025.1");
        var earlier = await Store.RequestAsync(AsRequest("Sent Earlier"), "2025.1");
        var invited = await StartedAsync();
        await Store.SubmitAsync(invited);
        await Store.SubmitAsync(earlier.Id);
        Database.Time.Advance(TimeSpan.FromHours(1));
        await Store.SubmitAsync(later.Id);

        var listed = await Store.ListUnmatchedRequestsAsync();

        listed.Select(r => r.RequestName).ShouldBe(["Sent Earlier", "Sent Later"]);
        (await Store.FindUnmatchedRequestAsync(unsent.Id)).ShouldBeNull();
        (await Store.FindUnmatchedRequestAsync(invited)).ShouldBeNull();
    }

    [Fact]
    public async Task MatchRequestAsync_ToAnExistingPerson_LinksAssignsAndAuditsAndIsListedForTheirCaseload()
    {
        var request = await Store.RequestAsync(AsRequest("Pat Person"), "2025.1");
        await Store.SubmitAsync(request.Id);

        (await Store.MatchRequestAsync(request.Id, _person.Id, null, "demo.practitioner", "demo.support")).ShouldBeTrue();

        var stored = (await Store.FindAsync(request.Id)).ShouldNotBeNull();
        (stored.PersonId, stored.AssignedTo).ShouldBe(((Guid?)_person.Id, "demo.practitioner"));
        (await Store.ListUnmatchedRequestsAsync()).ShouldBeEmpty();
        (await Store.ListSubmittedAsync([_person.Id])).Select(r => r.SelfAssessment.Id).ShouldBe([request.Id]);
        (await Store.MatchRequestAsync(request.Id, _person.Id, null, "demo.practitioner", "demo.support")).ShouldBeFalse();
        await using var context = Database.CreateContext();
        var audit = await context.AuditEntries.SingleAsync(e => e.Action == SelfAssessmentStore.RequestMatchedAction);
        (audit.UserName, audit.PersonId, audit.OccurredAt, audit.EntityId)
            .ShouldBe(("demo.support", (Guid?)_person.Id, Database.Time.Now, request.Id.ToString()));
        audit.AfterJson.ShouldNotBeNull().ShouldContain("\"AssignedTo\":\"demo.practitioner\"");
        audit.AfterJson.ShouldNotContain("hygiene");
    }

    [Fact]
    public async Task MatchRequestAsync_WithANewPerson_AddsThemInTheSameSaveAndAuditsBoth()
    {
        var request = await Store.RequestAsync(AsRequest("New Person"), "2025.1");
        await Store.SubmitAsync(request.Id);
        var person = new PersonBuilder().WithCaseReference("SA-0002").InTeam("South").Build();

        (await Store.MatchRequestAsync(request.Id, person.Id, person, "south.practitioner", "demo.manager")).ShouldBeTrue();

        await using var context = Database.CreateContext();
        (await context.People.AnyAsync(p => p.Id == person.Id)).ShouldBeTrue();
        (await Store.FindAsync(request.Id))!.PersonId.ShouldBe(person.Id);
        var audit = await context.AuditEntries.Where(e => e.Action == SelfAssessmentStore.RequestMatchedToNewPersonAction).ToListAsync();
        audit.Select(e => e.EntityType).Order().ShouldBe(["Person", "Self-assessment"]);
        audit.ShouldAllBe(e => e.UserName == "demo.manager" && e.PersonId == person.Id);
    }

    [Fact]
    public async Task MatchRequestAsync_NotYetSentOrNoSuchPerson_ChangesNothing()
    {
        var unsent = await Store.RequestAsync(AsRequest("Still Answering"), "2025.1");
        var sent = await Store.RequestAsync(AsRequest("Sent"), "2025.1");
        await Store.SubmitAsync(sent.Id);

        (await Store.MatchRequestAsync(unsent.Id, _person.Id, null, "demo.practitioner", "demo.support")).ShouldBeFalse();
        (await Store.MatchRequestAsync(sent.Id, Guid.NewGuid(), null, "demo.practitioner", "demo.support")).ShouldBeFalse();

        (await Store.FindAsync(unsent.Id))!.PersonId.ShouldBeNull();
        (await Store.FindAsync(sent.Id))!.PersonId.ShouldBeNull();
    }

    private static SelfAssessmentRequest AsRequest(string name) => new(name, new DateOnly(1950, 3, 27), "LS1 4AP", ByThePerson);

    private async Task<Guid> StartedAsync()
    {
        var invitation = await Store.InviteAsync(_person.Id, "2025.1", "prac");
        return (await Store.StartAsync(invitation.Code, ByThePerson)).SelfAssessmentId!.Value;
    }

    private string Reference(Guid id) => Store.FindAsync(id).GetAwaiter().GetResult()!.Reference;

    private static string Wrong(string code) => code == "000000" ? "111111" : "000000";
}
