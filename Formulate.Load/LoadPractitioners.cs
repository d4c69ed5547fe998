using Formulate.Data;
using Formulate.Data.Entities;
using Formulate.Data.People;
using Formulate.Data.Profiles;
using Formulate.Data.Seeding;
using Formulate.Engine.Defaults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Load;

/// <summary>
/// Practitioner accounts for the browser scenario (<c>load.practitioner.01</c>, ...), each with a
/// person in their team and a Needs Profile holding the benchmark answers, written through
/// Formulate's own data layer. The database is the throwaway one scripts/load.sh creates.
/// </summary>
internal static class LoadPractitioners
{
    public const string Password = "Formulate-load-2026!";
    private const string SetUpBy = "load.set-up";

    public static async Task<IReadOnlyList<(string UserName, Guid ProfileId)>> CreateAsync(string connectionString, int count)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Formulate:Data:Provider"] = nameof(DatabaseProvider.PostgreSql),
            ["Formulate:Data:ConnectionString"] = connectionString,
            ["Formulate:Data:SeedDemoData"] = "false",
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddFormulateData(configuration).BuildServiceProvider();
        var contexts = services.GetRequiredService<IDbContextFactory<FormulateDbContext>>();
        var profiles = services.GetRequiredService<NeedsProfileStore>();
        var hasher = new PasswordHasher<UserAccount>();
        var questionSetVersion = DefaultDefinitions.Definition.Questions.Version;
        var created = new List<(string, Guid)>();

        for (var number = 1; number <= count; number++)
        {
            var userName = $"load.practitioner.{number:00}";
            var caseReference = $"LOAD-{number:0000}";
            Guid personId;
            await using (var context = await contexts.CreateDbContextAsync())
            {
                if (!await context.UserAccounts.AnyAsync(account => account.UserName == userName))
                {
                    var account = new UserAccount { UserName = userName, DisplayName = $"Load Practitioner {number}", Team = DemoAccounts.NorthTeam };
                    account.PasswordHash = hasher.HashPassword(account, Password);
                    account.Roles.Add(new UserRole { UserAccountId = account.Id, Role = Role.Practitioner });
                    context.UserAccounts.Add(account);
                }

                var person = await context.PeopleWithCaseReference(caseReference).SingleOrDefaultAsync();
                if (person is null)
                {
                    person = new Person
                    {
                        CaseReference = caseReference,
                        GivenName = "Load",
                        FamilyName = $"Person {number}",
                        Team = DemoAccounts.NorthTeam,
                        CreatedAt = DateTimeOffset.UtcNow,
                        CreatedBy = SetUpBy,
                    };
                    context.People.Add(person);
                }

                context.AuditAs(SetUpBy, "Load test practitioner prepared");
                await context.SaveChangesAsync();
                personId = person.Id;
            }

            var profile = await profiles.CreateAsync(personId, DateOnly.FromDateTime(DateTime.UtcNow), questionSetVersion, userName);
            var given = BenchmarkAnswers.Given.ToDictionary(answer => answer.Key, answer => (string?)answer.Value);
            var saved = await profiles.SaveAnswersAsync(profile.Id, given, profile.Version, userName);
            if (!saved.IsSaved)
            {
                throw new InvalidOperationException($"The benchmark answers could not be saved on {userName}'s profile.");
            }

            created.Add((userName, profile.Id));
        }

        return created;
    }
}
