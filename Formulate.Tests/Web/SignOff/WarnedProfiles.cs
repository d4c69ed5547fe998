using Formulate.Data.Estimates;
using Formulate.Data.Profiles;
using Formulate.Engine;
using Formulate.Tests.Engine;
using Formulate.Web.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.SignOff;

/// <summary>
/// A Needs Profile whose unpaid carer is under 18, is recorded as living with a person who lives alone, and has been
/// offered no carer's assessment although their support is at risk, with its estimate calculated and saved: the
/// estimate's quality checks give three warnings, two of them Important.
/// </summary>
internal static class WarnedProfiles
{
    public static IReadOnlyDictionary<string, string> Answers { get; } = new ProfileBuilder()
        .With("person.living_situation", "own_home_alone").With("person.has_unpaid_carer", "yes")
        .With("carer.age_band", "under_18").With("carer.lives_with_person", "yes")
        .With("carer.sustainability", "at_risk").With("carer.assessment", "not_offered")
        .Need("hygiene", "some").Need("dressing", "prompting").Need("nutrition", "some").With("personal_care.morning", "yes")
        .Build().Answers;

    /// <summary>A person living alone with no unpaid carer and some help with washing, dressing and meals in the morning: nothing to warn about.</summary>
    public static IReadOnlyDictionary<string, string> QuietAnswers { get; } = new ProfileBuilder()
        .With("person.living_situation", "own_home_alone").With("person.has_unpaid_carer", "no")
        .Need("hygiene", "some").Need("dressing", "prompting").Need("nutrition", "some").With("personal_care.morning", "yes")
        .Build().Answers;

    /// <summary>
    /// Creates the profile for the person (with <see cref="Answers"/> unless given others), calculates its estimate with
    /// the app's engine and saves it, as the result page does.
    /// </summary>
    public static async Task<Guid> CreateAsync(IServiceProvider services, Guid personId, IReadOnlyDictionary<string, string>? answers = null)
    {
        answers ??= Answers;
        var store = services.GetRequiredService<NeedsProfileStore>();
        var engine = services.GetRequiredService<FormulateEngine>();
        var profile = await store.CreateAsync(personId, new DateOnly(2026, 11, 22), engine.Definition.Questions.Version, "demo.practitioner");
        (await store.SaveAnswersAsync(profile.Id, answers.ToDictionary(pair => pair.Key, pair => (string?)pair.Value), profile.Version, "demo.practitioner"))
            .IsSaved.ShouldBeTrue();
        var input = EngineProfile.From((await store.FindAsync(profile.Id)).ShouldNotBeNull()).ToEngine();
        var result = engine.Estimate(input).Result.ShouldNotBeNull();
        await services.GetRequiredService<EstimateSnapshotStore>().SaveAsync(profile.Id, EstimateSnapshots.From(input, result), "demo.practitioner");
        return profile.Id;
    }
}
