using System.ComponentModel.DataAnnotations;

namespace Formulate.Data.SelfAssessments;

/// <summary>How long self-assessment links and codes work, how many wrong codes are allowed, and how long answers are kept.</summary>
public sealed class SelfAssessmentOptions
{
    public const string SectionName = "Formulate:SelfAssessment";

    /// <summary>
    /// Whether people may ask for a self-assessment without an invitation, giving their own details; off, the council
    /// takes self-assessments by invitation only.
    /// </summary>
    public bool AllowRequests { get; set; }

    /// <summary>Days an invitation link works for.</summary>
    [Range(1, 90)]
    public int InvitationDays { get; set; } = 28;

    /// <summary>Minutes a code sent to come back works for.</summary>
    [Range(5, 1440)]
    public int ReturnCodeMinutes { get; set; } = 30;

    /// <summary>Wrong codes allowed before a new one must be sent.</summary>
    [Range(1, 10)]
    public int MaxCodeAttempts { get; set; } = 5;

    /// <summary>Days an unused invitation or an unfinished self-assessment is kept after it was last changed.</summary>
    [Range(1, 3650)]
    public int DraftRetentionDays { get; set; } = 90;

    /// <summary>Days a submitted self-assessment is kept after it was sent; the answers a practitioner accepted stay in the Needs Profile.</summary>
    [Range(1, 3650)]
    public int SubmittedRetentionDays { get; set; } = 365;

    /// <summary>Minutes the browser keeps a started self-assessment open without the code being given again.</summary>
    [Range(5, 480)]
    public int SessionMinutes { get; set; } = 120;
}
