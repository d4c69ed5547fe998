using System.Reflection;
using System.Security.Claims;
using Formulate.Data;
using Formulate.Data.Entities;
using Formulate.Data.People;
using Formulate.Data.Profiles;
using Formulate.Data.Seeding;
using Formulate.Data.SignOff;
using Formulate.Engine;
using Formulate.Tests.Web.Letters.Support;
using Formulate.Tests.Web.Support;
using Formulate.Web.Letters;
using Formulate.Web.People;
using Formulate.Web.Profiles;
using Formulate.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Authorization;

/// <summary>
/// The authorisation matrix for the services, not only the routes: every service method that reads or writes a person's
/// case, called directly by every kind of user, must decide as <see cref="CaseAccess"/> does, and a refused write must
/// leave nothing behind. A page that skipped its own check would still get nothing from these services.
/// </summary>
public sealed class CaseServiceMatrixTests(FormulateWebFactory factory) : IClassFixture<FormulateWebFactory>
{
    private static readonly Dictionary<string, ClaimsPrincipal> Callers = new(StringComparer.Ordinal)
    {
        ["north practitioner"] = CaseWorkers.User("north.practitioner", Role.Practitioner, DemoAccounts.NorthTeam),
        ["north team manager"] = CaseWorkers.User("north.manager", Role.TeamManager, DemoAccounts.NorthTeam),
        ["south practitioner"] = CaseWorkers.User("south.practitioner", Role.Practitioner, DemoAccounts.SouthTeam),
        ["south team manager"] = CaseWorkers.User("south.manager", Role.TeamManager, DemoAccounts.SouthTeam),
        ["configuration manager with a north team"] = CaseWorkers.User("config.north", Role.ConfigurationManager, DemoAccounts.NorthTeam),
        ["auditor with a north team"] = CaseWorkers.User("auditor.north", Role.Auditor, DemoAccounts.NorthTeam),
        ["north business support"] = CaseWorkers.User("north.support", Role.BusinessSupport, DemoAccounts.NorthTeam),
        ["south business support"] = CaseWorkers.User("south.support", Role.BusinessSupport, DemoAccounts.SouthTeam),
        ["analyst with a north team"] = CaseWorkers.User("analyst.north", Role.Analyst, DemoAccounts.NorthTeam),
    };

    /// <summary>The callers who work on the North team's cases, and those who only print their letters.</summary>
    private static readonly string[] NorthCaseWorkers = ["north practitioner", "north team manager"];

    private static readonly string[] NorthLetterPrinters = [.. NorthCaseWorkers, "north business support"];

    /// <summary>The methods that serve a person's letter, which business support may call as well.</summary>
    private static readonly string[] LetterMethods =
        ["PeopleService.ListLetterRecipientsAsync", "PeopleService.FindForLetterAsync", "LetterService.ComposeAsync", "LetterBatchRunner.RunAsync"];

    /// <summary>One call for each service method that reads or writes a person's case, named "Type.Method".</summary>
    private static readonly Dictionary<string, Func<NorthCase, ClaimsPrincipal, Task<CaseAccessDecision>>> Calls = new(StringComparer.Ordinal)
    {
        ["PeopleService.ListCaseloadAsync"] = async (c, user) =>
            (await c.People.ListCaseloadAsync(user)).Any(entry => entry.PersonId == c.Person.Id) ? CaseAccessDecision.Allowed : CaseAccessDecision.Forbidden,
        ["PeopleService.FindAsync"] = async (c, user) => (await c.People.FindAsync(user, c.Person.Id)).Decision,
        ["PeopleService.ListLetterRecipientsAsync"] = async (c, user) =>
            (await c.People.ListLetterRecipientsAsync(user)).Any(entry => entry.PersonId == c.Person.Id) ? CaseAccessDecision.Allowed : CaseAccessDecision.Forbidden,
        ["PeopleService.FindForLetterAsync"] = async (c, user) => (await c.People.FindForLetterAsync(user, c.Person.Id)).Decision,
        ["PeopleService.StartProfileAsync"] = async (c, user) =>
            (await c.People.StartProfileAsync(user, c.Person.Id, new DateOnly(2026, 11, 22), c.Questions)).Decision,
        ["PeopleService.ChangeDetailsAsync"] = async (c, user) =>
            (await c.People.ChangeDetailsAsync(user, c.Person.Id, Renamed(c.Person), c.Person.Version)).Status switch
            {
                ChangePersonStatus.Forbidden => CaseAccessDecision.Forbidden,
                ChangePersonStatus.NotFound => CaseAccessDecision.NotFound,
                _ => CaseAccessDecision.Allowed,
            },
        ["ProfileCases.FindProfileAsync"] = async (c, user) => (await c.Cases.FindProfileAsync(user, c.Estimate.NeedsProfileId)).Decision,
        ["ProfileCases.ListEstimatesAsync"] = async (c, user) => (await c.Cases.ListEstimatesAsync(user, c.Estimate.NeedsProfileId)).Decision,
        ["ProfileCases.SaveEstimateAsync"] = async (c, user) =>
            (await c.Cases.SaveEstimateAsync(user, c.Estimate.NeedsProfileId, c.NewEstimate)).Decision,
        ["ProfileCases.FindEstimateAsync"] = async (c, user) => (await c.Cases.FindEstimateAsync(user, c.Estimate.Id)).Decision,
        ["ProfileCases.ListSubmissionsAsync"] = async (c, user) => (await c.Cases.ListSubmissionsAsync(user, c.Estimate.NeedsProfileId)).Decision,
        ["ProfileCases.SubmitAsync"] = async (c, user) =>
            (await c.Cases.SubmitAsync(user, c.Submission)).Errors.Any(e => e.Message == ProfileCases.OtherTeamMessage)
                ? CaseAccessDecision.Forbidden
                : CaseAccessDecision.Allowed,
        ["ProfileCases.ReplyAsync"] = async (c, user) =>
            (await c.Cases.ReplyAsync(user, c.Estimate.NeedsProfileId, Guid.NewGuid(), "The report is attached")).Errors
                .Any(e => e.Message == ProfileCases.OtherTeamMessage)
                ? CaseAccessDecision.Forbidden
                : CaseAccessDecision.Allowed,
        ["LetterService.ComposeAsync"] = async (c, user) => (await c.Letters.ComposeAsync(user, c.Person.Id)).Decision,
        ["LetterBatchRunner.RunAsync"] = async (c, user) =>
            (await c.Batches.RunAsync(CaseWorkers.Chosen(c.Person), user)).Skipped.Any(s => s.Reason == LetterBatchRunner.NotInYourTeams)
                ? CaseAccessDecision.Forbidden
                : CaseAccessDecision.Allowed,
        ["ProfileEditor.LoadAsync"] = async (c, user) =>
        {
            using var editor = new ProfileEditor(c.Access, c.Services.GetRequiredService<NeedsProfileStore>(), c.Questions, user);
            return await editor.LoadAsync(c.Estimate.NeedsProfileId);
        },
        ["DraftUpgrades.PreviewAsync"] = async (c, user) =>
            (await c.Services.GetRequiredService<DraftUpgrades>().PreviewAsync(user, c.Estimate.NeedsProfileId)).Decision,
        ["DraftUpgrades.MoveAsync"] = async (c, user) =>
            (await c.Services.GetRequiredService<DraftUpgrades>().MoveAsync(user, c.Estimate.NeedsProfileId, "0")).Decision,
        ["ProfileEditor.ReloadAsync"] = async (c, user) =>
        {
            using var editor = new ProfileEditor(c.Access, c.Services.GetRequiredService<NeedsProfileStore>(), c.Questions, user);
            (await editor.ReloadAsync(c.Estimate.NeedsProfileId)).ShouldBeNull();
            return editor.Profile is null ? CaseAccessDecision.Forbidden : CaseAccessDecision.Allowed;
        },
    };

    private static readonly Type[] CaseServices = [typeof(PeopleService), typeof(ProfileCases), typeof(LetterService), typeof(LetterBatchRunner), typeof(ProfileEditor), typeof(DraftUpgrades)];

    public static TheoryData<string, string> MethodsAndCallers()
    {
        var data = new TheoryData<string, string>();
        foreach (var method in Calls.Keys)
        {
            foreach (var caller in Callers.Keys)
            {
                data.Add(method, caller);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MethodsAndCallers))]
    public async Task CaseServiceMethod_EachKindOfUser_IsAllowedOnlyForTheirOwnTeamsPeopleAndLeavesNothingWhenRefused(string method, string caller)
    {
        var north = await NorthCase.CreateAsync(factory.Services);
        var before = await north.RecordsAsync();
        var allowedCallers = LetterMethods.Contains(method) ? NorthLetterPrinters : NorthCaseWorkers;
        var expected = allowedCallers.Contains(caller) ? CaseAccessDecision.Allowed : CaseAccessDecision.Forbidden;

        var decision = await Calls[method](north, Callers[caller]);

        decision.ShouldBe(expected);
        if (expected == CaseAccessDecision.Forbidden)
        {
            (await north.RecordsAsync()).ShouldBe(before);
        }
    }

    [Theory]
    [InlineData("PeopleService.FindAsync")]
    [InlineData("PeopleService.StartProfileAsync")]
    [InlineData("PeopleService.ChangeDetailsAsync")]
    [InlineData("PeopleService.FindForLetterAsync")]
    [InlineData("ProfileCases.FindProfileAsync")]
    [InlineData("ProfileCases.FindEstimateAsync")]
    [InlineData("LetterService.ComposeAsync")]
    [InlineData("ProfileEditor.LoadAsync")]
    [InlineData("DraftUpgrades.PreviewAsync")]
    [InlineData("DraftUpgrades.MoveAsync")]
    public async Task CaseServiceMethod_NoSuchRecord_IsNotFoundForSomeoneWhoCarriesCases(string method)
    {
        var missing = await NorthCase.CreateAsync(factory.Services, deleted: true);

        (await Calls[method](missing, Callers["north practitioner"])).ShouldBe(CaseAccessDecision.NotFound);
    }

    [Theory]
    [InlineData("PeopleService.FindForLetterAsync")]
    [InlineData("LetterService.ComposeAsync")]
    public async Task LetterMethod_NoSuchPerson_IsNotFoundForBusinessSupport(string method)
    {
        var missing = await NorthCase.CreateAsync(factory.Services, deleted: true);

        (await Calls[method](missing, Callers["north business support"])).ShouldBe(CaseAccessDecision.NotFound);
    }

    [Fact]
    public void CaseServices_EveryPublicMethodOnACase_TakesTheUserAndHasARowInTheMatrix()
    {
        var methods = CaseServices
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(method => method.GetParameters().Any(p => p.ParameterType == typeof(Guid) || p.ParameterType == typeof(IReadOnlyList<CaseloadEntry>)))
                .Select(method => (Name: $"{type.Name}.{method.Name}", Method: method)))
            .ToList();

        methods.Where(m => m.Method.DeclaringType != typeof(ProfileEditor) && m.Method.GetParameters().All(p => p.ParameterType != typeof(ClaimsPrincipal)))
            .Select(m => m.Name).ShouldBeEmpty("a service method on a person's case must take the user asking");
        methods.Select(m => m.Name).Distinct().Except(Calls.Keys).ShouldBeEmpty("each such method needs a row in this matrix");
    }

    [Fact]
    public void Components_InjectNoStoreOfPeopleOrTheirRecords_OnlyTheServicesThatAskCaseAccess()
    {
        Type[] stores = [typeof(PersonStore), typeof(NeedsProfileStore), typeof(Formulate.Data.Estimates.EstimateSnapshotStore), typeof(SignOffStore)];
        // The profile pages hand their store to the ProfileEditor, which asks CaseAccess before loading or saving anything.
        var handedToTheEditor = typeof(Formulate.Web.Components.Pages.Profiles.ProfilePageBase).GetProperty("Store", BindingFlags.NonPublic | BindingFlags.Instance);

        var injected = typeof(Program).Assembly.GetTypes()
            .Where(type => typeof(IComponent).IsAssignableFrom(type))
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(property => property.GetCustomAttribute<InjectAttribute>() is not null && stores.Contains(property.PropertyType))
            .Where(property => property != handedToTheEditor)
            .Select(property => $"{property.DeclaringType!.Name}.{property.Name}");

        injected.ShouldBeEmpty();
    }

    private static NewPerson Renamed(Person person)
    {
        var form = NewPerson.From(person);
        form.GivenName = "Renamed";
        return form;
    }

    /// <summary>A North team person with a saved estimate, and the services under test.</summary>
    private sealed record NorthCase(IServiceProvider Services, Person Person, EstimateSnapshot Estimate)
    {
        public PeopleService People => Services.GetRequiredService<PeopleService>();

        public ProfileCases Cases => Services.GetRequiredService<ProfileCases>();

        public CaseAccess Access => Services.GetRequiredService<CaseAccess>();

        public LetterService Letters => Services.GetRequiredService<LetterService>();

        public LetterBatchRunner Batches => Services.GetRequiredService<LetterBatchRunner>();

        public Formulate.Engine.Questions.QuestionSet Questions => Services.GetRequiredService<FormulateEngine>().Definition.Questions;

        public Formulate.Data.Estimates.NewEstimateSnapshot NewEstimate => new()
        {
            QuestionSetVersion = Estimate.QuestionSetVersion,
            ModelVersion = Estimate.ModelVersion,
            ConfigurationVersion = Estimate.ConfigurationVersion,
            WeeklyEstimate = Estimate.WeeklyEstimate,
            InputJson = Estimate.InputJson,
            ResultJson = Estimate.ResultJson,
            TraceJson = Estimate.TraceJson,
        };

        public NewSubmission Submission => new()
        {
            NeedsProfileId = Estimate.NeedsProfileId,
            EstimateSnapshotId = Estimate.Id,
            ProposedWeekly = Estimate.WeeklyEstimate,
        };

        /// <summary>A person without an address, so that a letter is worked out but never printed.</summary>
        public static async Task<NorthCase> CreateAsync(IServiceProvider services, bool deleted = false)
        {
            var person = await LetterData.AddPersonAsync(services, "Norah", withAddress: false, team: DemoAccounts.NorthTeam);
            var estimate = await LetterData.AddEstimateAsync(services, person.Id);
            if (deleted)
            {
                await using var context = await services.GetRequiredService<IDbContextFactory<FormulateDbContext>>().CreateDbContextAsync();
                await context.EstimateSnapshots.Where(s => s.PersonId == person.Id).ExecuteDeleteAsync();
                await context.NeedsProfiles.Where(p => p.PersonId == person.Id).ExecuteDeleteAsync();
                await context.People.Where(p => p.Id == person.Id).ExecuteDeleteAsync();
            }

            return new NorthCase(services, person, estimate);
        }

        /// <summary>Everything a write on the person's case could leave behind.</summary>
        public async Task<string> RecordsAsync()
        {
            await using var context = await Services.GetRequiredService<IDbContextFactory<FormulateDbContext>>().CreateDbContextAsync();
            var person = await context.People.AsNoTracking().SingleAsync(p => p.Id == Person.Id);
            var profiles = await context.NeedsProfiles.AsNoTracking().Where(p => p.PersonId == Person.Id)
                .Select(p => new { p.Id, p.Status, p.Version }).ToListAsync();
            var estimates = await context.EstimateSnapshots.CountAsync(s => s.PersonId == Person.Id);
            var submissions = await context.BudgetSubmissions.CountAsync(s => s.PersonId == Person.Id);
            var audit = await context.AuditEntries.CountAsync();
            return $"person v{person.Version} {person.GivenName}; profiles {string.Join(",", profiles.OrderBy(p => p.Id).Select(p => $"{p.Id}:{p.Status}:{p.Version}"))}; "
                + $"estimates {estimates}; submissions {submissions}; audit entries {audit}";
        }
    }
}
