using Formulate.Data;
using Formulate.Data.Entities;
using Formulate.Data.Estimates;
using Formulate.Data.People;
using Formulate.Data.Profiles;
using Formulate.Data.SignOff;
using Formulate.Engine;
using Formulate.Tests.Engine;
using Formulate.Web.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Support;

/// <summary>Completed Needs Profiles of the demo person DEMO-0001 with their estimate saved, and their budgets submitted or agreed, put straight into an app's database.</summary>
internal static class EstimatedWebProfiles
{
    /// <summary>Lives alone with no unpaid carer and needs some help with washing and prompting to dress: home care is paid for.</summary>
    /// <param name="engine">The engine it is answered on and estimated with; the app's current one when not given.</param>
    public static async Task<EstimateSnapshot> CreateAsync(IServiceProvider services, FormulateEngine? engine = null)
    {
        await using var context = await services.GetRequiredService<IDbContextFactory<FormulateDbContext>>().CreateDbContextAsync();
        var person = await context.PeopleWithCaseReference("DEMO-0001").FirstAsync();
        var store = services.GetRequiredService<NeedsProfileStore>();
        engine ??= services.GetRequiredService<FormulateEngine>();
        var profile = await store.CreateAsync(person.Id, new DateOnly(2026, 11, 22), engine.Definition.Questions.Version, "demo.practitioner");
        var answers = new ProfileBuilder()
            .With("person.living_situation", "own_home_alone").With("person.has_unpaid_carer", "no")
            .Need("hygiene", "some").Need("dressing", "prompting")
            .Build().Answers;
        (await store.SaveAnswersAsync(profile.Id, answers.ToDictionary(a => a.Key, a => (string?)a.Value), profile.Version, "demo.practitioner")).IsSaved.ShouldBeTrue();
        var input = EngineProfile.From((await store.FindAsync(profile.Id))!).ToEngine();
        var result = engine.Estimate(input).Result.ShouldNotBeNull();
        return await services.GetRequiredService<EstimateSnapshotStore>().SaveAsync(profile.Id, EstimateSnapshots.From(input, result), "demo.practitioner");
    }

    /// <summary>Submits the estimate as the proposed budget, by demo.practitioner; returns the submission's id.</summary>
    public static async Task<Guid> SubmitAsync(IServiceProvider services, EstimateSnapshot snapshot)
    {
        var submitted = await services.GetRequiredService<SignOffStore>().SubmitAsync(
            new NewSubmission { NeedsProfileId = snapshot.NeedsProfileId, EstimateSnapshotId = snapshot.Id, ProposedWeekly = snapshot.WeeklyEstimate }, "demo.practitioner");
        submitted.Succeeded.ShouldBeTrue();
        return submitted.SubmissionId!.Value;
    }

    /// <summary>Approves the submission, by demo.manager.</summary>
    public static async Task ApproveAsync(IServiceProvider services, Guid submissionId) =>
        (await services.GetRequiredService<SignOffStore>().DecideAsync(submissionId, DecisionOutcome.Approved, null, "demo.manager")).Succeeded.ShouldBeTrue();
}
