namespace Formulate.Data.Entities;

public enum SelfAssessmentStatus
{
    /// <summary>A practitioner invited the person; nobody has used the link yet.</summary>
    Invited,

    /// <summary>Started; answers are being given and may be saved to come back to.</summary>
    InProgress,

    /// <summary>Sent to the council; it can no longer be changed by the person.</summary>
    Submitted,
}
