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
    SelfAssessmentStore store, PeopleService people, SelfAssessmentJourney journey, SelfAssessmentMail mail, SelfAssessmentSms sms,
    IOptions<SelfAssessmentOptions> options)
{
    public const string MailNotSetUp = "The link was not e-mailed: e-mail is not set up (Formulate:Mail). Give the person the link yourself.";

    public const string MailFailed = "The link could not be e-mailed. Give the person the link yourself, or try again later.";

    public const string SmsNotSetUp = "The link was not sent by text message: text messages are not set up (Formulate:Sms). Give the person the link yourself.";

    public const string SmsFailed = "The link could not be sent by text message. Give the person the link yourself, or try again later.";

    /// <param name="email">An e-mail address to send the link to, or null.</param>
    /// <param name="mobile">A UK mobile number (as <see cref="UkMobileNumber.Normalise"/> gives it) to text the link to, or null.</param>
    public async Task<CaseRead<CreatedInvitation>> InviteAsync(
        ClaimsPrincipal user, Guid personId, string? email, string? mobile, Uri baseUri, CancellationToken cancellationToken = default)
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
        var days = options.Value.InvitationDays;
        var notSent = new List<string>();
        var emailed = false;
        if (!string.IsNullOrWhiteSpace(email))
        {
            emailed = await mail.SendInvitationAsync(email.Trim(), link, days, cancellationToken);
            if (!emailed)
            {
                notSent.Add(mail.IsConfigured ? MailFailed : MailNotSetUp);
            }
        }

        var texted = false;
        if (!string.IsNullOrWhiteSpace(mobile))
        {
            texted = await sms.SendInvitationAsync(mobile, link, days, cancellationToken);
            if (!texted)
            {
                notSent.Add(sms.IsConfigured ? SmsFailed : SmsNotSetUp);
            }
        }

        var sentBy = (emailed, texted) switch
        {
            (true, true) => InvitationSentBy.EmailAndTextMessage,
            (true, false) => InvitationSentBy.Email,
            (false, true) => InvitationSentBy.TextMessage,
            _ => InvitationSentBy.Practitioner,
        };
        var invitation = await store.InviteAsync(personId, journey.Questions.Version, UserNames.Of(user), code, sentBy, cancellationToken);
        return CaseRead<CreatedInvitation>.Allowed(
            new CreatedInvitation(invitation.SelfAssessment.Reference, link, invitation.SelfAssessment.InvitationExpiresAt, emailed, texted, notSent));
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
