using System.Security.Claims;
using Formulate.Data.Entities;
using Formulate.Data.Profiles;
using Formulate.Data.SelfAssessments;
using Formulate.Engine.Profiles;
using Formulate.Web.People;
using Formulate.Web.Security;
using Microsoft.Extensions.Options;

namespace Formulate.Web.SelfAssessments;

/// <summary>The practitioner's side of self-assessment: inviting a person, and bringing their answers into the Needs Profile.</summary>
public sealed class SelfAssessmentReviews(
    SelfAssessmentStore store, PeopleService people, SelfAssessmentJourney journey, SelfAssessmentMail mail,
    IOptions<SelfAssessmentOptions> options)
{
    public async Task<CaseRead<CreatedInvitation>> InviteAsync(
        ClaimsPrincipal user, Guid personId, string? email, Uri baseUri, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        var person = await people.FindAsync(user, personId, cancellationToken);
        if (!person.IsAllowed)
        {
            return CaseRead<CreatedInvitation>.Refused(person.Decision);
        }

        // Sent before it is stored, so that the audit log says how it was actually sent.
        var code = SelfAssessmentCodes.NewInvitationCode();
        var link = new Uri(baseUri, $"self-assessment/invitation/{code}").ToString();
        var emailed = !string.IsNullOrWhiteSpace(email)
            && await mail.SendInvitationAsync(email.Trim(), link, options.Value.InvitationDays, cancellationToken);
        var invitation = await store.InviteAsync(
            personId, journey.Questions.Version, UserNames.Of(user), code, emailed ? InvitationSentBy.Email : InvitationSentBy.Practitioner, cancellationToken);
        return CaseRead<CreatedInvitation>.Allowed(
            new CreatedInvitation(invitation.SelfAssessment.Reference, link, invitation.SelfAssessment.InvitationExpiresAt, emailed));
    }

    public async Task<IReadOnlyList<SelfAssessmentToReview>> ListToReviewAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var caseload = (await people.ListCaseloadAsync(user, cancellationToken)).ToDictionary(entry => entry.PersonId);
        var submitted = await store.ListSubmittedAsync(caseload.Keys, cancellationToken);
        return
        [
            .. submitted
                .Select(row => (row.SelfAssessment, row.Reviewed, Answered: SelfAssessmentJourney.AnswersOf(row.SelfAssessment.PersonAnswersJson).Count))
                .Where(row => row.Reviewed < row.Answered)
                .Select(row => new SelfAssessmentToReview(
                    row.SelfAssessment.Id, row.SelfAssessment.Reference, row.SelfAssessment.PersonId, caseload[row.SelfAssessment.PersonId].Name,
                    row.SelfAssessment.SubmittedAt!.Value, row.Answered, row.Reviewed)),
        ];
    }

    public async Task<CaseRead<OpenedSelfAssessment>> OpenAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken = default)
    {
        var found = await store.FindAsync(id, cancellationToken);
        if (found is not { Status: SelfAssessmentStatus.Submitted })
        {
            return CaseRead<OpenedSelfAssessment>.Refused(CaseAccessDecision.NotFound);
        }

        var person = await people.FindAsync(user, found.PersonId, cancellationToken);
        if (!person.IsAllowed)
        {
            return CaseRead<OpenedSelfAssessment>.Refused(person.Decision);
        }

        var profile = person.Value!.Profiles
            .Where(p => p.Status is not (NeedsProfileStatus.Submitted or NeedsProfileStatus.Approved))
            .MaxBy(p => p.CreatedAt);
        return CaseRead<OpenedSelfAssessment>.Allowed(new OpenedSelfAssessment(
            found, person.Value.Person, SelfAssessmentJourney.AnswersOf(found.PersonAnswersJson), await store.ReviewsOfAsync(id, cancellationToken), profile));
    }

    /// <summary>
    /// Writes the practitioner's answers into the profile, in question order, leaving out any whose question the
    /// profile's answers no longer ask and removing the profile's answers to questions they stop asking.
    /// </summary>
    public async Task<SaveAnswerResult> ReviewAsync(
        ClaimsPrincipal user, OpenedSelfAssessment opened, IReadOnlyDictionary<string, string> decisions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(opened);
        ArgumentNullException.ThrowIfNull(decisions);
        var profile = opened.Profile ?? throw new InvalidOperationException("Start a Needs Profile before reviewing answers into it.");
        var merged = new Dictionary<string, string>(SelfAssessmentJourney.AnswersOf(profile.AnswersJson));
        foreach (var (questionId, code) in decisions)
        {
            merged[questionId] = code;
        }

        var visible = new VisibleAnswers(journey.Questions, merged);
        var kept = decisions.Where(d => visible.IsVisible(d.Key))
            .OrderBy(d => journey.Questions.PositionOf(d.Key))
            .Select(d => new ReviewedAnswer(d.Key, d.Value))
            .ToList();
        var (_, discarded) = visible.WithoutHidden();
        var removed = discarded.Where(questionId => !decisions.ContainsKey(questionId)).ToList();
        return await store.ReviewAsync(opened.SelfAssessment.Id, profile.Id, profile.Version, kept, removed, UserNames.Of(user), cancellationToken);
    }
}
