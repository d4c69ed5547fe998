using Formulate.Data;
using Formulate.Data.Entities;
using Formulate.Data.People;
using Formulate.Data.Protection;
using Formulate.Data.SignOff;
using Formulate.Tests.Data.Builders;
using Formulate.Tests.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Data;

/// <summary>Case references and the notes written about a budget, stored protected as the web app stores them.</summary>
public abstract class ProtectedRecordsTests(ITestDatabaseHost host) : DataTestBase(host, protectPersonalData: true)
{
    private const string Note = "Needs a second carer at night since the fall in March";
    private const string Comments = "Please attach the occupational therapist's report";

    [Fact]
    public async Task SaveChanges_NewPerson_StoresTheCaseReferenceProtectedAndFindsItHoweverTyped()
    {
        var person = await AddPersonAsync("PRO-0001");

        (await RawAsync("""SELECT "CaseReference" AS "Value" FROM "People" """)).ShouldHaveSingleItem()
            .ShouldSatisfyAllConditions(stored => stored.ShouldStartWith(PersonalDataConverter.Prefix), stored => stored.ShouldNotContain("PRO-0001"));
        await using var context = Database.CreateContext();
        var found = await context.PeopleWithCaseReference(" pro-0001 ").SingleAsync();
        found.Id.ShouldBe(person.Id);
        found.CaseReference.ShouldBe("PRO-0001");
    }

    [Fact]
    public async Task ChangeDetailsAsync_TitlePreferredNameAndDateOfBirth_AreStoredProtectedAndReadBack()
    {
        var person = await AddPersonAsync("PRO-0010");
        var store = Database.Services.GetRequiredService<PersonStore>();
        var details = new PersonDetails
        {
            CaseReference = person.CaseReference, GivenName = person.GivenName, FamilyName = person.FamilyName, Team = person.Team,
            Title = "Dame", PreferredName = "Josephina", DateOfBirth = new DateOnly(1948, 3, 27),
        };

        (await store.ChangeDetailsAsync(person.Id, details, person.Version, "prac")).Outcome.ShouldBe(ChangeDetailsOutcome.Saved);

        foreach (var column in new[] { "Title", "PreferredName", "DateOfBirth" })
        {
            (await RawAsync($"""SELECT "{column}" AS "Value" FROM "People" """)).ShouldHaveSingleItem()
                .ShouldSatisfyAllConditions(
                    stored => stored.ShouldStartWith(PersonalDataConverter.Prefix),
                    stored => stored.ShouldNotContain("Dame"), stored => stored.ShouldNotContain("Josephina"), stored => stored.ShouldNotContain("1948-03-27"));
        }

        await using var context = Database.CreateContext();
        var read = await context.People.SingleAsync(p => p.Id == person.Id);
        (read.Title, read.PreferredName, read.DateOfBirth).ShouldBe(("Dame", "Josephina", new DateOnly(1948, 3, 27)));
    }

    [Fact]
    public async Task SaveChanges_SecondPersonWithTheSameReferenceInOtherCapitals_IsRefusedByTheDatabase()
    {
        await AddPersonAsync("PRO-0002");

        await Should.ThrowAsync<DbUpdateException>(() => AddPersonAsync("pro-0002 "));
    }

    [Fact]
    public async Task ChangeDetailsAsync_ReferenceOfAnotherPerson_IsADuplicate()
    {
        await AddPersonAsync("PRO-0003");
        var other = await AddPersonAsync("PRO-0004");
        var store = Database.Services.GetRequiredService<PersonStore>();
        var details = new PersonDetails
        {
            CaseReference = "pro-0003", GivenName = other.GivenName, FamilyName = other.FamilyName, AddressLine1 = other.AddressLine1,
            AddressLine2 = other.AddressLine2, Town = other.Town, Postcode = other.Postcode, Team = other.Team,
        };

        (await store.ChangeDetailsAsync(other.Id, details, other.Version, "prac")).Outcome.ShouldBe(ChangeDetailsOutcome.DuplicateCaseReference);
    }

    [Fact]
    public async Task SubmitAndDecide_NoteAndComments_AreStoredProtectedAndReadBack()
    {
        var signOff = Database.Services.GetRequiredService<SignOffStore>();
        var profile = await AddCompletedProfileAsync("PRO-0005", Database.Contexts);

        var submitted = await signOff.SubmitAsync(Proposal(profile), "prac");
        await signOff.DecideAsync(submitted.SubmissionId!.Value, DecisionOutcome.Returned, Comments, "manager.one");

        await ShouldBeProtectedAsync();
        var record = (await signOff.FindAsync(submitted.SubmissionId.Value))!;
        record.Submission.DifferenceNote.ShouldBe(Note);
        record.Decisions.ShouldHaveSingleItem().Comments.ShouldBe(Comments);
    }

    [Fact]
    public async Task SubmitAsync_ReasonWrittenForTheLetter_IsStoredProtectedApartFromTheNoteAndReadBack()
    {
        var signOff = Database.Services.GetRequiredService<SignOffStore>();
        var profile = await AddCompletedProfileAsync("PRO-0006", Database.Contexts);

        var submitted = await signOff.SubmitAsync(Proposal(profile) with { LetterReason = "  Your carers need to know sign language.  " }, "prac");

        var stored = (await RawAsync("""SELECT "LetterReason" AS "Value" FROM "BudgetSubmissions" """)).ShouldHaveSingleItem();
        stored.ShouldStartWith(PersonalDataConverter.Prefix);
        stored.ShouldNotContain("sign language");
        var record = (await signOff.FindAsync(submitted.SubmissionId!.Value))!;
        record.Submission.LetterReason.ShouldBe("Your carers need to know sign language.");
        record.Submission.DifferenceNote.ShouldBe(Note);
    }

    [Fact]
    public async Task ReplyAsync_ReplyToAReturn_IsStoredProtectedAndReadBack()
    {
        var signOff = Database.Services.GetRequiredService<SignOffStore>();
        var profile = await AddCompletedProfileAsync("PRO-0016", Database.Contexts);
        var submitted = await signOff.SubmitAsync(Proposal(profile), "prac");
        await signOff.DecideAsync(submitted.SubmissionId!.Value, DecisionOutcome.Returned, Comments, "manager.one");
        var decision = (await signOff.FindAsync(submitted.SubmissionId.Value))!.Decisions.ShouldHaveSingleItem();

        (await signOff.ReplyAsync(profile.Profile.Id, decision.Id, "The therapist's report is on the case file", "prac")).Succeeded.ShouldBeTrue();

        (await RawAsync("""SELECT "Reply" AS "Value" FROM "SubmissionDecisions" """)).ShouldHaveSingleItem()
            .ShouldSatisfyAllConditions(stored => stored.ShouldStartWith(PersonalDataConverter.Prefix), stored => stored.ShouldNotContain("report"));
        (await signOff.FindAsync(submitted.SubmissionId.Value))!.Decisions[0].Reply.ShouldBe("The therapist's report is on the case file");
    }

    [Fact]
    public async Task SubmitAsync_ReasonsForWarnings_AreStoredProtectedAndReadBack()
    {
        const string reason = "Young carer referred to children's services on 3 May";
        var person = new PersonBuilder().WithCaseReference("PRO-0006").Build();
        var profile = new NeedsProfileBuilder().ForPerson(person).WithStatus(NeedsProfileStatus.Completed).Build();
        var snapshot = new EstimateSnapshotBuilder().ForProfile(profile).WithWarnings(Warnings.YoungCarer).Build();
        await using (var context = Database.CreateContext())
        {
            context.AddRange(person, profile, snapshot);
            await context.SaveChangesAsync();
        }

        var signOff = Database.Services.GetRequiredService<SignOffStore>();
        var submitted = await signOff.SubmitAsync(
            new NewSubmission { NeedsProfileId = profile.Id, EstimateSnapshotId = snapshot.Id, ProposedWeekly = snapshot.WeeklyEstimate, WarningReasons = new Dictionary<int, string> { [0] = reason } },
            "prac");

        var stored = (await RawAsync("""SELECT "PractitionerReason" AS "Value" FROM "SubmissionWarnings" """)).ShouldHaveSingleItem();
        stored.ShouldStartWith(PersonalDataConverter.Prefix);
        stored.ShouldNotContain("children's services");
        (await RawAsync("""SELECT "Text" AS "Value" FROM "SubmissionWarnings" """)).ShouldBe([Warnings.YoungCarer.Message]);
        (await signOff.FindAsync(submitted.SubmissionId!.Value))!.Warnings.ShouldHaveSingleItem().PractitionerReason.ShouldBe(reason);
    }

    [Fact]
    public async Task InitializeAsync_RecordsStoredBeforeProtection_ProtectsThemAndTheirReferencesAreFound()
    {
        await using var before = Database.CreateServices(seedDemoData: false, protect: false);
        var contexts = before.GetRequiredService<IDbContextFactory<FormulateDbContext>>();
        var profile = await AddCompletedProfileAsync("OLD-0001", contexts);
        var signOff = before.GetRequiredService<SignOffStore>();
        var submitted = await signOff.SubmitAsync(Proposal(profile), "prac");
        await signOff.DecideAsync(submitted.SubmissionId!.Value, DecisionOutcome.Returned, Comments, "manager.one");
        (await RawAsync("""SELECT "DifferenceNote" AS "Value" FROM "BudgetSubmissions" """)).ShouldBe([Note]);

        await Database.InitializeAsync();

        await ShouldBeProtectedAsync();
        (await RawAsync("""SELECT "CaseReference" AS "Value" FROM "People" """)).ShouldAllBe(stored => stored.StartsWith(PersonalDataConverter.Prefix));
        await using var context = Database.CreateContext();
        (await context.PeopleWithCaseReference("old-0001").SingleAsync()).Id.ShouldBe(profile.Profile.PersonId);
        (await Database.Services.GetRequiredService<SignOffStore>().FindAsync(submitted.SubmissionId.Value))!.Submission.DifferenceNote.ShouldBe(Note);
    }

    private async Task ShouldBeProtectedAsync()
    {
        var note = (await RawAsync("""SELECT "DifferenceNote" AS "Value" FROM "BudgetSubmissions" """)).ShouldHaveSingleItem();
        var comments = (await RawAsync("""SELECT "Comments" AS "Value" FROM "SubmissionDecisions" """)).ShouldHaveSingleItem();
        note.ShouldStartWith(PersonalDataConverter.Prefix);
        note.ShouldNotContain("second carer");
        comments.ShouldStartWith(PersonalDataConverter.Prefix);
        comments.ShouldNotContain("therapist");
    }

    private async Task<List<string>> RawAsync(string sql)
    {
        await using var context = Database.CreateContext();
        return await context.Database.SqlQueryRaw<string>(sql).ToListAsync();
    }

    private async Task<Person> AddPersonAsync(string caseReference)
    {
        var person = new PersonBuilder().WithCaseReference(caseReference).Build();
        await using var context = Database.CreateContext();
        context.People.Add(person);
        await context.SaveChangesAsync();
        return person;
    }

    private static async Task<(NeedsProfile Profile, EstimateSnapshot Snapshot)> AddCompletedProfileAsync(string caseReference, IDbContextFactory<FormulateDbContext> contexts)
    {
        var person = new PersonBuilder().WithCaseReference(caseReference).Build();
        var profile = new NeedsProfileBuilder().ForPerson(person).WithAnswer("person.age_band", "65_74").WithStatus(NeedsProfileStatus.Completed).Build();
        var snapshot = new EstimateSnapshotBuilder().ForProfile(profile).WithWeeklyEstimate(412.37m).Build();
        await using var context = await contexts.CreateDbContextAsync();
        context.AddRange(person, profile, snapshot);
        await context.SaveChangesAsync();
        return (profile, snapshot);
    }

    private static NewSubmission Proposal((NeedsProfile Profile, EstimateSnapshot Snapshot) estimated) => new()
    {
        NeedsProfileId = estimated.Profile.Id,
        EstimateSnapshotId = estimated.Snapshot.Id,
        ProposedWeekly = 450m,
        DifferenceReason = "Other",
        DifferenceNote = Note,
    };
}
