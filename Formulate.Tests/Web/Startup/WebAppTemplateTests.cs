using Formulate.Data;
using Formulate.Data.Seeding;
using Formulate.Tests.Web.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Startup;

/// <summary>An app started on a copy of the template holds what an app that migrated and seeded its own database holds.</summary>
public sealed class WebAppTemplateTests
{
    [Fact]
    public async Task Start_OnACopyOfTheTemplate_HoldsWhatAFreshStartSeeds()
    {
        using var fresh = FormulateWebFactory.WithFreshDatabase();
        using var copied = new FormulateWebFactory();

        var seeded = await RecordsAsync(fresh);

        seeded.ShouldContain(record => record.StartsWith($"account {DemoAccounts.All[0].UserName} ", StringComparison.Ordinal));
        (await RecordsAsync(copied)).ShouldBe(seeded);
        using var session = copied.NewSession();
        (await session.SignInAsync(DemoAccounts.All[0].UserName)).LocalTarget().ShouldBe("/");
        (await session.GetPageAsync("/caseload")).Document.QuerySelector("h1").ShouldNotBeNull();
    }

    private static async Task<List<string>> RecordsAsync(FormulateWebFactory app)
    {
        await using var context = await app.Services.GetRequiredService<IDbContextFactory<FormulateDbContext>>().CreateDbContextAsync();
        var accounts = await context.UserAccounts.AsNoTracking().Include(a => a.Roles).ToListAsync();
        var people = await context.People.AsNoTracking().ToListAsync();
        var versions = await context.ParameterSetVersions.AsNoTracking().ToListAsync();
        List<string> records =
        [
            .. accounts.Select(a => $"account {a.UserName} {a.DisplayName} {a.Team} {a.IsActive} {string.Join(",", a.Roles.Select(r => r.Role).Order())}"),
            .. people.Select(p => $"person {p.CaseReference} {p.GivenName} {p.FamilyName} {p.AddressLine1} {p.Postcode} {p.Team} {p.CreatedAt:O} {p.CreatedBy}"),
            .. versions.Select(v => $"version {v.Kind} {v.Stamp} {v.Status} {v.EffectiveFrom} {v.PublishedAt:O} {v.PublishedBy} {v.Json}"),
        ];
        return [.. records.Order(StringComparer.Ordinal)];
    }
}
