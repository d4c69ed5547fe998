using Formulate.Data;
using Formulate.Data.Entities;
using Formulate.Data.Estimates;
using Formulate.Data.Profiles;
using Formulate.Data.SignOff;
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

    /// <summary>Submits the estimate for sign-off through the sign-off store, as the submit page does: the estimate itself unless another amount is given.</summary>
    public static async Task<Guid> SubmitAsync(
        IServiceProvider services, EstimateSnapshot snapshot, decimal? proposedWeekly = null, string? reason = null, string? note = null, string? letterReason = null)
    {
        var differs = proposedWeekly is { } proposed && proposed != snapshot.WeeklyEstimate;
        var submitted = await services.GetRequiredService<SignOffStore>().SubmitAsync(new NewSubmission
        {
            NeedsProfileId = snapshot.NeedsProfileId,
            EstimateSnapshotId = snapshot.Id,
            ProposedWeekly = proposedWeekly ?? snapshot.WeeklyEstimate,
            DifferenceReason = differs ? reason ?? "Other" : null,
            DifferenceNote = differs ? note ?? "Agreed at the planning meeting." : null,
            LetterReason = letterReason,
            // As a practitioner must: a reason for going ahead despite each of the estimate's warnings.
            WarningReasons = EstimateWarnings.Read(snapshot.ResultJson)
                .Select((_, position) => (position, Reason: "Discussed with the person and their family."))
                .ToDictionary(warning => warning.position, warning => warning.Reason),
        }, "test.practitioner");
        submitted.Errors.ShouldBeEmpty();
        return submitted.SubmissionId!.Value;
    }

    /// <summary>
    /// Submits the estimate for sign-off and has managers approve it, through the sign-off store as the pages do: a
    /// letter explains only an approved budget.
    /// </summary>
    public static async Task<Guid> ApproveAsync(
        IServiceProvider services, EstimateSnapshot snapshot, decimal? proposedWeekly = null, string? reason = null, string? note = null, string? letterReason = null)
    {
        var signOff = services.GetRequiredService<SignOffStore>();
        var submissionId = await SubmitAsync(services, snapshot, proposedWeekly, reason, note, letterReason);
        (await signOff.DecideAsync(submissionId, DecisionOutcome.Approved, null, "test.manager")).Errors.ShouldBeEmpty();
        if ((await signOff.FindAsync(submissionId))!.Submission.Status == SubmissionStatus.AwaitingSecondApproval)
        {
            (await signOff.DecideAsync(submissionId, DecisionOutcome.Approved, null, "test.second.manager")).Errors.ShouldBeEmpty();
        }

        return submissionId;
    }

    /// <summary>Saves the worked case's estimate for the person and approves a budget of that estimate.</summary>
    public static async Task<EstimateSnapshot> AddApprovedEstimateAsync(IServiceProvider services, Guid personId, string workedCase = "wc01")
    {
        var snapshot = await AddEstimateAsync(services, personId, workedCase);
        await ApproveAsync(services, snapshot);
        return snapshot;
    }
}
