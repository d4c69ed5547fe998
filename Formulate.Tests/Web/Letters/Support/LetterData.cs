using Formulate.Data;
using Formulate.Data.Entities;
using Formulate.Data.Estimates;
using Formulate.Data.Profiles;
using Formulate.Tests.Engine;
using Formulate.Web.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Letters.Support;

/// <summary>People and saved estimates put straight into a running app's database.</summary>
internal static class LetterData
{
    public static async Task<Person> AddPersonAsync(IServiceProvider services, string givenName, bool withAddress = true, string team = "North Locality Team")
    {
        var person = new Person
        {
            CaseReference = $"LTR-{Guid.NewGuid():N}"[..16].ToUpperInvariant(),
            GivenName = givenName,
            FamilyName = "Letterby",
            AddressLine1 = withAddress ? "3 Paper Lane" : null,
            Town = withAddress ? "Inktown" : null,
            Postcode = withAddress ? "IN1 1KT" : null,
            Team = team,
            CreatedBy = "test.practitioner",
        };
        await using var context = await services.GetRequiredService<IDbContextFactory<FormulateDbContext>>().CreateDbContextAsync();
        context.People.Add(person);
        await context.SaveChangesAsync();
        return person;
    }

    /// <summary>Saves the worked case's estimate for the person, as the result page does.</summary>
    public static async Task<EstimateSnapshot> AddEstimateAsync(IServiceProvider services, Guid personId, string workedCase = "wc01")
    {
        var profile = WorkedCaseDataAttribute.Load(workedCase).Profile;
        var stored = await services.GetRequiredService<NeedsProfileStore>()
            .CreateAsync(personId, profile.AssessmentDate, EngineFixtures.Shipped.Definition.Questions.Version, "test.practitioner");
        var result = LetterExamples.Result(workedCase);
        return await services.GetRequiredService<EstimateSnapshotStore>().SaveAsync(stored.Id, EstimateSnapshots.From(profile, result), "test.practitioner");
    }
}
