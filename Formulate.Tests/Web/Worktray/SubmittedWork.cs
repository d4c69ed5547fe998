using Formulate.Data.Entities;
using Formulate.Data.Estimates;
using Formulate.Data.Profiles;
using Formulate.Data.SignOff;
using Formulate.Engine;
using Formulate.Tests.Engine;
using Formulate.Tests.Web.Letters.Support;
using Formulate.Web.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Worktray;

/// <summary>A person with a completed Needs Profile whose estimate one practitioner submitted, put straight into a running app.</summary>
internal sealed record SubmittedWork(Person Person, Guid ProfileId, Guid SubmissionId)
{
    public const string Comments = "Please get a second provider quote";

    /// <summary>The answers every such profile is completed with, before <paramref name="extra"/> are added.</summary>
    public static IReadOnlyDictionary<string, string> Answers => new ProfileBuilder()
        .With("person.living_situation", "own_home_alone").With("person.has_unpaid_carer", "no")
        .Need("hygiene", "some").Need("dressing", "prompting").Need("nutrition", "some")
        .Build().Answers;

    public static async Task<SubmittedWork> SubmitAsync(
        IServiceProvider services, string practitioner, string givenName, string team = "North Locality Team", IReadOnlyDictionary<string, string?>? extra = null)
    {
        var person = await LetterData.AddPersonAsync(services, givenName, team: team);
        var store = services.GetRequiredService<NeedsProfileStore>();
        var engine = services.GetRequiredService<FormulateEngine>();
        var profile = await store.CreateAsync(person.Id, new DateOnly(2026, 11, 22), engine.Definition.Questions.Version, practitioner);
        var saved = await store.SaveAnswersAsync(profile.Id, Answers.ToDictionary(a => a.Key, a => (string?)a.Value), profile.Version, practitioner);
        saved.IsSaved.ShouldBeTrue();
        var input = EngineProfile.From((await store.FindAsync(profile.Id))!).ToEngine();
        var result = engine.Estimate(input).Result.ShouldNotBeNull();
        var snapshot = await services.GetRequiredService<EstimateSnapshotStore>().SaveAsync(profile.Id, EstimateSnapshots.From(input, result), practitioner);
        if (extra is { Count: > 0 })
        {
            // Answers the engine would refuse today (to a question since retired, say) are stored after the estimate.
            (await store.SaveAnswersAsync(profile.Id, extra, saved.Version, practitioner)).IsSaved.ShouldBeTrue();
        }
        var submitted = await services.GetRequiredService<SignOffStore>().SubmitAsync(
            new NewSubmission { NeedsProfileId = profile.Id, EstimateSnapshotId = snapshot.Id, ProposedWeekly = result.WeeklyEstimate }, practitioner);
        submitted.Errors.ShouldBeEmpty();
        return new SubmittedWork(person, profile.Id, submitted.SubmissionId!.Value);
    }

    public static async Task<SubmittedWork> ReturnedAsync(IServiceProvider services, string practitioner, string givenName, string team = "North Locality Team")
    {
        var work = await SubmitAsync(services, practitioner, givenName, team);
        await work.DecideAsync(services, DecisionOutcome.Returned, Comments);
        return work;
    }

    public async Task DecideAsync(IServiceProvider services, DecisionOutcome outcome, string? comments = null) =>
        (await services.GetRequiredService<SignOffStore>().DecideAsync(SubmissionId, outcome, comments, "demo.manager")).Errors.ShouldBeEmpty();

    public async Task<SubmissionDecision> FindReturnAsync(IServiceProvider services) =>
        (await services.GetRequiredService<SignOffStore>().FindAsync(SubmissionId))!.Decisions.Single(d => d.Outcome == DecisionOutcome.Returned);
}
