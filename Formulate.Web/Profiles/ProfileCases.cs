using System.Security.Claims;
using Formulate.Data.Entities;
using Formulate.Data.Estimates;
using Formulate.Data.Profiles;
using Formulate.Data.SignOff;
using Formulate.Web.Security;

namespace Formulate.Web.Profiles;

/// <summary>
/// A person's Needs Profiles, estimates and submissions as a user may see and change them: each method asks
/// <see cref="CaseAccess"/> first and reads or writes nothing of another team's person.
/// </summary>
public sealed class ProfileCases(CaseAccess access, NeedsProfileStore profiles, EstimateSnapshotStore estimates, SignOffStore signOff)
{
    public const string OtherTeamMessage = "You can only work on the people of your own teams.";

    public Task<CaseRead<NeedsProfile>> FindProfileAsync(ClaimsPrincipal user, Guid profileId, CancellationToken cancellationToken = default) =>
        CaseAccess.ReadIfAllowedAsync(access.ToProfileAsync(user, profileId, cancellationToken), () => profiles.FindAsync(profileId, cancellationToken));

    /// <summary>The profile's estimates, newest first.</summary>
    public Task<CaseRead<IReadOnlyList<EstimateSnapshot>>> ListEstimatesAsync(
        ClaimsPrincipal user, Guid profileId, CancellationToken cancellationToken = default) =>
        CaseAccess.ReadIfAllowedAsync(
            access.ToProfileAsync(user, profileId, cancellationToken), () => estimates.ListForProfileAsync(profileId, cancellationToken)!);

    /// <summary>Keeps an estimate of the profile, made by the user.</summary>
    public Task<CaseRead<EstimateSnapshot>> SaveEstimateAsync(
        ClaimsPrincipal user, Guid profileId, NewEstimateSnapshot estimate, CancellationToken cancellationToken = default) =>
        CaseAccess.ReadIfAllowedAsync(
            access.ToProfileAsync(user, profileId, cancellationToken),
            async () => (EstimateSnapshot?)await estimates.SaveAsync(profileId, estimate, UserNames.Of(user), cancellationToken));

    public Task<CaseRead<EstimateSnapshot>> FindEstimateAsync(ClaimsPrincipal user, Guid estimateId, CancellationToken cancellationToken = default) =>
        CaseAccess.ReadIfAllowedAsync(access.ToEstimateAsync(user, estimateId, cancellationToken), () => estimates.FindAsync(estimateId, cancellationToken));

    /// <summary>The profile's submissions for sign-off, each with its decisions.</summary>
    public Task<CaseRead<IReadOnlyList<SubmissionRecord>>> ListSubmissionsAsync(
        ClaimsPrincipal user, Guid profileId, CancellationToken cancellationToken = default) =>
        CaseAccess.ReadIfAllowedAsync(
            access.ToProfileAsync(user, profileId, cancellationToken), () => signOff.ListForProfileAsync(profileId, cancellationToken)!);

    /// <summary>Keeps the user's reply to a manager's return of one of the profile's submissions; refused for another team's person.</summary>
    public async Task<SignOffResult> ReplyAsync(
        ClaimsPrincipal user, Guid profileId, Guid decisionId, string? reply, CancellationToken cancellationToken = default) =>
        await access.ToProfileAsync(user, profileId, cancellationToken) switch
        {
            CaseAccessDecision.Allowed => await signOff.ReplyAsync(profileId, decisionId, reply, UserNames.Of(user), cancellationToken),
            CaseAccessDecision.Forbidden => SignOffResult.Refused(new SignOffError(null, OtherTeamMessage)),
            _ => SignOffResult.Refused(new SignOffError(null, "There is no such Needs Profile. Go back to the caseload and open the person's profile again.")),
        };

    /// <summary>Submits the profile's estimate for sign-off, as the user; refused, with nothing saved, for another team's person.</summary>
    public async Task<SignOffResult> SubmitAsync(ClaimsPrincipal user, NewSubmission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return await access.ToProfileAsync(user, submission.NeedsProfileId, cancellationToken) switch
        {
            CaseAccessDecision.Allowed => await signOff.SubmitAsync(submission, UserNames.Of(user), cancellationToken),
            CaseAccessDecision.Forbidden => SignOffResult.Refused(new SignOffError(null, OtherTeamMessage)),
            _ => SignOffResult.Refused(new SignOffError(null, "There is no such Needs Profile. Go back to the caseload and open the person's profile again.")),
        };
    }
}
