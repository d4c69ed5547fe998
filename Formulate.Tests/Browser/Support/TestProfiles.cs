using Formulate.Data.Seeding;
using Formulate.Data.Profiles;
using Formulate.Engine;
using Formulate.Engine.Json;
using Formulate.Web.People;
using Microsoft.Extensions.DependencyInjection;
using Formulate.Tests.Web.Support;

namespace Formulate.Tests.Browser.Support;

/// <summary>Sets up profiles in the running app's database, for tests that start part-way through.</summary>
internal static class TestProfiles
{
    public static async Task<Guid> CreateAsync(FormulateAppFactory app, IReadOnlyDictionary<string, string>? answers = null)
    {
        var person = (await app.Services.GetRequiredService<PeopleService>().ListCaseloadAsync(CaseWorkers.Practitioner()))[0];
        var store = app.Services.GetRequiredService<NeedsProfileStore>();
        var version = app.Services.GetRequiredService<FormulateEngine>().Definition.Questions.Version;
        var profile = await store.CreateAsync(person.PersonId, new DateOnly(2026, 11, 22), version, "demo.practitioner");
        if (answers is { Count: > 0 })
        {
            var changes = answers.ToDictionary(pair => pair.Key, pair => (string?)pair.Value);
            (await store.SaveAnswersAsync(profile.Id, changes, profile.Version, "demo.practitioner")).IsSaved.ShouldBeTrue();
        }

        return profile.Id;
    }

    public static async Task<Dictionary<string, string>> AnswersAsync(FormulateAppFactory app, Guid profileId)
    {
        var profile = await app.Services.GetRequiredService<NeedsProfileStore>().FindAsync(profileId);
        return FormulateJson.Deserialize<Dictionary<string, string>>(profile.ShouldNotBeNull().AnswersJson)!;
    }
}
