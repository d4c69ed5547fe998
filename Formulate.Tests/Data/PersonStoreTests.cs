using System.Text.Json.Nodes;
using Formulate.Data.Audit;
using Formulate.Data.Entities;
using Formulate.Data.People;
using Formulate.Tests.Data.Builders;
using Formulate.Tests.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Data;

public abstract class PersonStoreTests(ITestDatabaseHost host) : DataTestBase(host)
{
    private Person _person = null!;

    private PersonStore Store => Database.Services.GetRequiredService<PersonStore>();

    private AuditLog Log => Database.Services.GetRequiredService<AuditLog>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _person = new PersonBuilder().WithCaseReference("PER-0001").Build();
        await using var context = Database.CreateContext();
        context.AuditAs("setup").People.Add(_person);
        await context.SaveChangesAsync();
    }

    [Fact]
    public async Task ChangeDetailsAsync_CurrentVersion_SavesEveryDetailAndMovesTheVersionOn()
    {
        var details = Details() with
        {
            CaseReference = "PER-0001-A", GivenName = "Joanna", FamilyName = "Bloggs-Smith", AddressLine1 = "9 Low Road",
            AddressLine2 = null, Town = "Newtown", Postcode = "NT2 2BB", Team = "South Locality Team",
        };

        var result = await Store.ChangeDetailsAsync(_person.Id, details, _person.Version, "demo.practitioner");

        result.ShouldBe(ChangeDetailsResult.Saved(_person.Version + 1));
        var saved = await ReadAsync();
        saved.Version.ShouldBe(result.Version);
        new PersonDetails
        {
            CaseReference = saved.CaseReference, GivenName = saved.GivenName, FamilyName = saved.FamilyName, AddressLine1 = saved.AddressLine1,
            AddressLine2 = saved.AddressLine2, Town = saved.Town, Postcode = saved.Postcode, Team = saved.Team,
        }.ShouldBe(details);
    }

    [Fact]
    public async Task ChangeDetailsAsync_StaleVersion_ReturnsConflictAndKeepsTheOtherChange()
    {
        var stale = _person.Version;
        (await Store.ChangeDetailsAsync(_person.Id, Details() with { GivenName = "Josephine" }, stale, "colleague")).IsSaved.ShouldBeTrue();

        var result = await Store.ChangeDetailsAsync(_person.Id, Details() with { GivenName = "Joanna" }, stale, "demo.practitioner");

        result.ShouldBe(ChangeDetailsResult.Conflict(stale + 1));
        (await ReadAsync()).GivenName.ShouldBe("Josephine");
        (await Log.SearchAsync(new AuditQuery { UserName = "demo.practitioner" })).ShouldBeEmpty();
    }

    [Fact]
    public async Task ChangeDetailsAsync_AnotherPersonsCaseReference_ReturnsDuplicateAndSavesNothing()
    {
        await using (var context = Database.CreateContext())
        {
            context.People.Add(new PersonBuilder().WithCaseReference("PER-0002").Build());
            await context.SaveChangesAsync();
        }

        var result = await Store.ChangeDetailsAsync(
            _person.Id, Details() with { CaseReference = "PER-0002", GivenName = "Joanna" }, _person.Version, "demo.practitioner");

        result.Outcome.ShouldBe(ChangeDetailsOutcome.DuplicateCaseReference);
        var saved = await ReadAsync();
        saved.CaseReference.ShouldBe("PER-0001");
        saved.GivenName.ShouldBe("Jo");
        saved.Version.ShouldBe(_person.Version);
    }

    [Fact]
    public async Task ChangeDetailsAsync_OwnCaseReferenceKept_IsNotADuplicate()
    {
        var result = await Store.ChangeDetailsAsync(_person.Id, Details() with { FamilyName = "Blogs" }, _person.Version, "demo.practitioner");

        result.IsSaved.ShouldBeTrue();
        (await ReadAsync()).FamilyName.ShouldBe("Blogs");
    }

    [Fact]
    public async Task ChangeDetailsAsync_NameAndPostcodeChanged_AuditEntryNamesTheFieldsButNotTheirValues()
    {
        await Store.ChangeDetailsAsync(_person.Id, Details() with { GivenName = "Joanna", Postcode = "ZZ9 9ZZ" }, _person.Version, "demo.practitioner");

        var entry = (await Log.SearchAsync(new AuditQuery { UserName = "demo.practitioner" })).ShouldHaveSingleItem();
        entry.CaseReference.ShouldBe("PER-0001");
        entry.Entry.Action.ShouldBe(PersonStore.DetailsChangedAction);
        entry.Entry.PersonId.ShouldBe(_person.Id);
        entry.Entry.OccurredAt.ShouldBe(FixedTimeProvider.DefaultNow);
        var before = JsonNode.Parse(entry.Entry.BeforeJson!)!["Person"]!.AsObject();
        var after = JsonNode.Parse(entry.Entry.AfterJson!)!["Person"]!.AsObject();
        before.Select(p => p.Key).ShouldBe(["GivenName", "Postcode"], ignoreOrder: true);
        after.Select(p => p.Key).ShouldBe(["GivenName", "Postcode"], ignoreOrder: true);
        after.Select(p => p.Value!.GetValue<string>()).ShouldAllBe(value => value == "(personal data)");
        foreach (var personal in new[] { "Joanna", "ZZ9 9ZZ", "AN1 1AA" })
        {
            entry.Entry.BeforeJson!.ShouldNotContain(personal);
            entry.Entry.AfterJson!.ShouldNotContain(personal);
        }
    }

    [Fact]
    public async Task ChangeDetailsAsync_UnknownPerson_ReturnsNotFound()
    {
        var result = await Store.ChangeDetailsAsync(Guid.NewGuid(), Details(), 0, "demo.practitioner");

        result.Outcome.ShouldBe(ChangeDetailsOutcome.NotFound);
    }

    /// <summary>The builder's person's details as they stand.</summary>
    private PersonDetails Details() => new()
    {
        CaseReference = _person.CaseReference,
        GivenName = _person.GivenName,
        FamilyName = _person.FamilyName,
        AddressLine1 = _person.AddressLine1,
        AddressLine2 = _person.AddressLine2,
        Town = _person.Town,
        Postcode = _person.Postcode,
        Team = _person.Team,
    };

    private async Task<Person> ReadAsync()
    {
        await using var context = Database.CreateContext();
        return await context.People.AsNoTracking().SingleAsync(p => p.Id == _person.Id);
    }
}
