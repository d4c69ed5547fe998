using Formulate.Data;
using Formulate.Data.Entities;
using Formulate.Data.Seeding;
using Formulate.Tests.Web.Letters.Support;
using Formulate.Tests.Web.Support;
using Formulate.Web.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Teams;

public sealed class TeamListTests
{
    [Fact]
    public async Task ListTeamsAsync_CouncilData_GivesTheTeamsOfActiveAccountsPeopleAndSsoMappings()
    {
        using var factory = new FormulateWebFactory(new Dictionary<string, string?>
        {
            ["Formulate:Sso:TeamMappings:grp-east"] = "East Locality Team",
        });
        await AddAccountAsync(factory, "Riverside Team", active: true);
        await AddAccountAsync(factory, "Closed Team", active: false);
        await LetterData.AddPersonAsync(factory.Services, "Hilda", team: "Hospital Discharge Team");

        var teams = await factory.Services.GetRequiredService<PeopleService>().ListTeamsAsync();

        teams.ShouldContain("Riverside Team");
        teams.ShouldContain("Hospital Discharge Team");
        teams.ShouldContain("East Locality Team");
        teams.ShouldNotContain("Closed Team");
        teams.ShouldBe(teams.Order(StringComparer.Ordinal).Distinct(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListTeamsAsync_DemoData_GivesBothDemoTeams()
    {
        using var factory = new FormulateWebFactory();

        var teams = await factory.Services.GetRequiredService<PeopleService>().ListTeamsAsync();

        teams.ShouldBe([DemoAccounts.NorthTeam, DemoAccounts.SouthTeam]);
    }

    private static async Task AddAccountAsync(FormulateWebFactory factory, string team, bool active)
    {
        await using var context = await factory.Services.GetRequiredService<IDbContextFactory<FormulateDbContext>>().CreateDbContextAsync();
        context.UserAccounts.Add(new UserAccount { UserName = $"t.{Guid.NewGuid():N}"[..20], DisplayName = "Team Member", Team = team, IsActive = active, PasswordHash = "x" });
        await context.SaveChangesAsync();
    }
}
