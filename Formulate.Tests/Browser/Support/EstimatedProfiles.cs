using Formulate.Data.Estimates;
using Formulate.Data.Profiles;
using Formulate.Engine;
using Formulate.Tests.Engine;
using Formulate.Web.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Browser.Support;

/// <summary>Completed Needs Profiles with a calculated estimate, ready to submit for sign-off.</summary>
internal static class EstimatedProfiles
{
    /// <param name="answers">The profile's answers; by default, someone living alone with some help and no unpaid carer.</param>
    public static async Task<(Guid ProfileId, decimal Weekly)> CreateAsync(FormulateAppFactory app, IReadOnlyDictionary<string, string>? answers = null)
    {
        answers ??= new ProfileBuilder()
            .With("person.living_situation", "own_home_alone").With("person.has_unpaid_carer", "no")
            .Need("hygiene", "some").Need("dressing", "prompting").Need("nutrition", "some")
            .Build().Answers;
        var profileId = await TestProfiles.CreateAsync(app, answers);
        var stored = await app.Services.GetRequiredService<NeedsProfileStore>().FindAsync(profileId);
        var input = EngineProfile.From(stored.ShouldNotBeNull()).ToEngine();
        var result = app.Services.GetRequiredService<FormulateEngine>().Estimate(input).Result.ShouldNotBeNull();
        await app.Services.GetRequiredService<EstimateSnapshotStore>().SaveAsync(profileId, EstimateSnapshots.From(input, result), "demo.practitioner");
        return (profileId, result.WeeklyEstimate);
    }
}
