using System.Net;
using Formulate.Data.Entities;
using Formulate.Data.Seeding;
using Formulate.Tests.Web.Letters.Support;
using Formulate.Tests.Web.Support;
using Formulate.Web.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.People;

public sealed class ChangePersonDetailsTests(FormulateWebFactory factory) : IClassFixture<FormulateWebFactory>
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static readonly HashSet<string> NorthTeam = [DemoAccounts.NorthTeam];

    private PeopleService People => factory.Services.GetRequiredService<PeopleService>();

    [Fact]
    public async Task PersonPage_Details_EachHasAChangeLinkNamingTheDetailForScreenReaders()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Carys");
        using var session = await PractitionerAsync();

        var page = await session.GetPageAsync($"/people/{person.Id}");

        var links = page.Document.QuerySelectorAll(".staff-summary-list__actions a").ToList();
        links.Select(a => a.GetAttribute("href")).ShouldAllBe(href => href == $"/people/{person.Id}/change-details");
        links.Select(a => a.QuerySelector(".staff-visually-hidden")!.TextContent.Trim()).ShouldBe(["case reference", "name", "title", "preferred name", "date of birth", "address", "team"]);
        links.Select(a => string.Join(" ", a.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .ShouldBe(["Change case reference", "Change name", "Change title", "Change preferred name", "Change date of birth", "Change address", "Change team"]);
    }

    [Fact]
    public async Task ChangePage_OwnTeamsPerson_IsFilledWithTheSavedDetails()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Dilys");
        using var session = await PractitionerAsync();

        var page = await session.GetPageAsync($"/people/{person.Id}/change-details");

        page.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading.ShouldBe("Change details");
        Value(page, "CaseReference").ShouldBe(person.CaseReference);
        Value(page, "GivenName").ShouldBe("Dilys");
        Value(page, "FamilyName").ShouldBe("Letterby");
        Value(page, "AddressLine1").ShouldBe("3 Paper Lane");
        Value(page, "Town").ShouldBe("Inktown");
        Value(page, "Postcode").ShouldBe("IN1 1KT");
        page.Document.QuerySelector("input[name=Team][checked]")!.GetAttribute("value").ShouldBe(DemoAccounts.NorthTeam);
    }

    [Fact]
    public async Task ChangePage_UnknownPerson_SaysThereIsNoSuchPerson()
    {
        using var session = await PractitionerAsync();

        var page = await session.GetPageAsync($"/people/{Guid.NewGuid()}/change-details");

        page.Heading.ShouldBe("Person not found");
        page.Document.GetElementById("CaseReference").ShouldBeNull();
    }

    [Fact]
    public async Task PersonPage_AfterDetailsAreSaved_ShowsTheSuccessBanner()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Elin");
        using var session = await PractitionerAsync();

        var updated = await session.GetPageAsync($"/people/{person.Id}?{PersonPageQuery.DetailsUpdated}=true");
        var plain = await session.GetPageAsync($"/people/{person.Id}");

        var banner = updated.Document.QuerySelector("#details-updated").ShouldNotBeNull();
        banner.ClassList.ShouldContain("mud-alert-outlined-success");
        banner.GetAttribute("role").ShouldBe("alert");
        banner.QuerySelector(".staff-banner__text")!.TextContent.Trim().ShouldBe("Details updated");
        plain.Document.QuerySelector(".staff-banner").ShouldBeNull();
    }

    [Fact]
    public async Task ChangeDetailsAsync_ValidChange_SavesItTrimmedAsAddingAPersonWould()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Ffion");
        var form = NewPerson.From(person);
        form.GivenName = "  Ffiona ";
        form.AddressLine2 = " ";
        form.Postcode = "nb12aa";

        var result = await People.ChangeDetailsAsync(CaseWorkers.Practitioner(userName: "demo.practitioner"), person.Id, form, person.Version);

        result.Status.ShouldBe(ChangePersonStatus.Saved);
        var saved = (await People.FindAsync(CaseWorkers.Practitioner(), person.Id)).Value!.Person;
        saved.GivenName.ShouldBe("Ffiona");
        saved.AddressLine2.ShouldBeNull();
        saved.Postcode.ShouldBe("NB1 2AA");
    }

    [Fact]
    public async Task ChangeDetailsAsync_BadInput_ListsTheAddPersonErrorsAndSavesNothing()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Gwen");
        var form = NewPerson.From(person);
        form.CaseReference = "";
        form.FamilyName = "Changed";
        form.Postcode = "12345";

        var result = await People.ChangeDetailsAsync(CaseWorkers.Practitioner(userName: "demo.practitioner"), person.Id, form, person.Version);

        result.Status.ShouldBe(ChangePersonStatus.Invalid);
        result.Errors.ShouldBe(NewPersonValidator.Validate(form, PersonFormChecks.Default(NorthTeam, Today)));
        result.Errors.Select(e => e.Field).ShouldBe(["CaseReference", "Postcode"]);
        await ShouldBeUnchangedAsync(person);
    }

    [Fact]
    public async Task ChangeDetailsAsync_AnotherPersonsCaseReference_SaysSoAsAddingAPersonDoes()
    {
        var other = await LetterData.AddPersonAsync(factory.Services, "Hywel");
        var person = await LetterData.AddPersonAsync(factory.Services, "Ieuan");
        var form = NewPerson.From(person);
        form.CaseReference = $" {other.CaseReference} ";

        var result = await People.ChangeDetailsAsync(CaseWorkers.Practitioner(userName: "demo.practitioner"), person.Id, form, person.Version);

        result.Status.ShouldBe(ChangePersonStatus.Invalid);
        result.Errors.ShouldBe([new FieldError("CaseReference", $"A person with case reference {other.CaseReference} already exists")]);
        await ShouldBeUnchangedAsync(person);
    }

    [Fact]
    public async Task ChangeDetailsAsync_AnotherPersonsCaseReferenceInLowerCase_IsTheSameReference()
    {
        var other = await LetterData.AddPersonAsync(factory.Services, "Kit");
        var person = await LetterData.AddPersonAsync(factory.Services, "Lowri");
        var form = NewPerson.From(person);
        form.CaseReference = other.CaseReference.ToLowerInvariant();

        var result = await People.ChangeDetailsAsync(CaseWorkers.Practitioner(userName: "demo.practitioner"), person.Id, form, person.Version);

        result.Status.ShouldBe(ChangePersonStatus.Invalid);
        result.Errors.ShouldHaveSingleItem().Message.ShouldBe($"A person with case reference {other.CaseReference.ToLowerInvariant()} already exists");
        await ShouldBeUnchangedAsync(person);
    }

    [Fact]
    public async Task AddAsync_ExistingCaseReferenceInLowerCase_IsRefusedAsTheSamePerson()
    {
        var existing = await LetterData.AddPersonAsync(factory.Services, "Morfudd");
        var form = NewPerson.From(existing);
        form.CaseReference = existing.CaseReference.ToLowerInvariant();

        var result = await People.AddAsync(form, CaseWorkers.Practitioner());

        result.PersonId.ShouldBeNull();
        result.Errors.ShouldHaveSingleItem().Field.ShouldBe(nameof(NewPerson.CaseReference));
    }

    [Fact]
    public async Task ChangeDetailsAsync_FamilyNameWithRightToLeftOverride_IsRefusedAndNothingSaved()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Rhian");
        var form = NewPerson.From(person);
        form.FamilyName = "Letterby\u202Efdp.exe";

        var result = await People.ChangeDetailsAsync(CaseWorkers.Practitioner(userName: "demo.practitioner"), person.Id, form, person.Version);

        result.Status.ShouldBe(ChangePersonStatus.Invalid);
        result.Errors.ShouldBe([new FieldError(
            nameof(NewPerson.FamilyName),
            "Family name must not contain hidden formatting characters: retype it without copying from another document")]);
        await ShouldBeUnchangedAsync(person);
    }

    [Fact]
    public async Task ChangeDetailsAsync_SomeoneElseSavedMeanwhile_IsAConflictAndTheirChangeStays()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Jac");
        var theirs = NewPerson.From(person);
        theirs.GivenName = "Jack";
        (await People.ChangeDetailsAsync(CaseWorkers.Practitioner(userName: "colleague"), person.Id, theirs, person.Version)).Status.ShouldBe(ChangePersonStatus.Saved);
        var mine = NewPerson.From(person);
        mine.GivenName = "Jacob";

        var result = await People.ChangeDetailsAsync(CaseWorkers.Practitioner(userName: "demo.practitioner"), person.Id, mine, person.Version);

        result.Status.ShouldBe(ChangePersonStatus.Conflict);
        (await People.FindAsync(CaseWorkers.Practitioner(), person.Id)).Value!.Person.GivenName.ShouldBe("Jack");
    }

    [Fact]
    public async Task ChangeDetailsAsync_AnotherTeamsPerson_IsForbiddenAndSavesNothing()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Kai", team: DemoAccounts.SouthTeam);
        var form = NewPerson.From(person);
        form.GivenName = "Kay";
        form.Team = DemoAccounts.NorthTeam;

        var result = await People.ChangeDetailsAsync(CaseWorkers.Practitioner(userName: "demo.practitioner"), person.Id, form, person.Version);

        result.Status.ShouldBe(ChangePersonStatus.Forbidden);
        await ShouldBeUnchangedAsync(person);
    }

    [Fact]
    public async Task Letter_AfterNameAndAddressChange_IsWrittenToTheNewDetails()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Lowri");
        await LetterData.AddApprovedEstimateAsync(factory.Services, person.Id);
        var form = NewPerson.From(person);
        form.GivenName = "Lowenna";
        form.AddressLine1 = "12 New Street";
        form.Postcode = "NW1 4QQ";
        (await People.ChangeDetailsAsync(CaseWorkers.Practitioner(userName: "demo.practitioner"), person.Id, form, person.Version)).Status.ShouldBe(ChangePersonStatus.Saved);
        using var session = await PractitionerAsync();

        var page = await session.GetPageAsync($"/people/{person.Id}/letter");

        page.Heading.ShouldBe("Letter for Lowenna Letterby");
        var letter = page.Document.QuerySelector(".app-letter-preview")!.TextContent;
        letter.ShouldContain("12 New Street");
        letter.ShouldContain("NW1 4QQ");
        letter.ShouldNotContain("Lowri");
        letter.ShouldNotContain("3 Paper Lane");
    }

    private async Task<WebSession> PractitionerAsync()
    {
        var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");
        return session;
    }

    private async Task ShouldBeUnchangedAsync(Person person)
    {
        await using var context = await DemoRecords.ContextAsync(factory.Services);
        var saved = await context.People.AsNoTracking().SingleAsync(p => p.Id == person.Id);
        saved.Version.ShouldBe(person.Version);
        NewPerson.From(saved).ShouldBeEquivalentTo(NewPerson.From(person));
    }

    private static string? Value(HtmlPage page, string id) => page.Document.GetElementById(id)!.GetAttribute("value");
}
