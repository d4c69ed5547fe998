namespace Formulate.Data.Entities;

/// <summary>
/// A person's own answers to the Needs Profile questions, given by them or by someone on their behalf, before a
/// practitioner checks them. The answers, the helper's name and the e-mail address are stored protected.
/// </summary>
public sealed class SelfAssessment : IVersioned
{
    public const string NoAnswers = "{}";

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>What the person quotes to come back: short, readable, not guessable, and never personal.</summary>
    public required string Reference { get; init; }

    /// <summary>The person it is about; null for a request sent without an invitation until staff match it to a person.</summary>
    public Guid? PersonId { get; set; }

    /// <summary>For a request without an invitation: the person's full name as given; null for an invitation.</summary>
    public string? RequestName { get; init; }

    public DateOnly? RequestDateOfBirth { get; init; }

    public string? RequestPostcode { get; init; }

    /// <summary>The practitioner a request was given to once matched to a person; null for an invitation.</summary>
    public string? AssignedTo { get; set; }

    public SelfAssessmentStatus Status { get; set; } = SelfAssessmentStatus.Invited;

    public required string QuestionSetVersion { get; init; }

    /// <summary>The invitation link's code, hashed; the link works only while the self-assessment is <see cref="SelfAssessmentStatus.Invited"/>.</summary>
    public required string InvitationCodeHash { get; init; }

    public DateTimeOffset InvitationExpiresAt { get; init; }

    /// <summary>
    /// How the invitation's link reached the person, kept so the audit log says it (never the link itself); null when
    /// there was no invitation, or it was made before this was kept.
    /// </summary>
    public InvitationSentBy? InvitationSentBy { get; init; }

    /// <summary>"you" when the person answers for themselves, "they" when someone answers on their behalf; null until chosen.</summary>
    public string? Voice { get; set; }

    /// <summary>How the helper is related to the person (such as "partner" or "advocate"); null when the person answers.</summary>
    public string? HelperRelationship { get; set; }

    public string? HelperName { get; set; }

    public string? ContactEmail { get; set; }

    /// <summary>A UK mobile number (+447...) to text codes to, given instead of or as well as an e-mail address.</summary>
    public string? ContactMobile { get; set; }

    /// <summary>
    /// Whether the person expects to arrange and pay for their own care: "yes", "no" or "not_sure"; null when not asked
    /// (the council shows no indicative figure, or the self-assessment began before the question).
    /// </summary>
    public string? ArrangesOwnCare { get; set; }

    /// <summary>
    /// The indicative weekly figure shown when the answers were sent; null when none was shown (when the versions below are
    /// set, the council shows figures but none could be worked out from the answers).
    /// </summary>
    public decimal? IndicativeWeekly { get; set; }

    /// <summary>
    /// The model version (<c>id@version</c>) that worked out <see cref="IndicativeWeekly"/>, so it can be worked out again;
    /// null when the council showed no figure.
    /// </summary>
    public string? IndicativeModelVersion { get; set; }

    /// <summary>The council configuration version that worked out <see cref="IndicativeWeekly"/>.</summary>
    public string? IndicativeConfigurationVersion { get; set; }

    /// <summary>The person's answers: a JSON object of question id to answer code.</summary>
    public string PersonAnswersJson { get; set; } = NoAnswers;

    /// <summary>The code sent to come back, hashed with the reference; null when none is waiting.</summary>
    public string? ReturnCodeHash { get; set; }

    public DateTimeOffset? ReturnCodeExpiresAt { get; set; }

    /// <summary>Wrong return codes given since the last one was sent.</summary>
    public int FailedAttempts { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public int Version { get; set; }
}
