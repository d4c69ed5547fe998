using Formulate.Data.SignOff;
using Formulate.Tests.Web.Letters.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.SignOff;

/// <summary>A person with a saved estimate whose budget has been submitted for sign-off.</summary>
internal static class SignOffData
{
    public static async Task<(Guid SubmissionId, Guid PersonId)> SubmitAsync(IServiceProvider services, string givenName, decimal proposedWeekly)
    {
        var (submissionId, personId, _) = await SubmitWithEstimateAsync(services, givenName, proposedWeekly);
        return (submissionId, personId);
    }

    public static async Task<(Guid SubmissionId, Guid PersonId, Formulate.Data.Entities.EstimateSnapshot Estimate)> SubmitWithEstimateAsync(
        IServiceProvider services, string givenName, decimal proposedWeekly)
    {
        var person = await LetterData.AddPersonAsync(services, givenName);
        var snapshot = await LetterData.AddEstimateAsync(services, person.Id);
        var submitted = await services.GetRequiredService<SignOffStore>().SubmitAsync(new NewSubmission
        {
            NeedsProfileId = snapshot.NeedsProfileId,
            EstimateSnapshotId = snapshot.Id,
            ProposedWeekly = proposedWeekly,
            DifferenceReason = "Specialist provider",
            DifferenceNote = "Autism specialist",
        }, "test.practitioner");
        submitted.Errors.ShouldBeEmpty();
        return (submitted.SubmissionId!.Value, person.Id, snapshot);
    }
}
