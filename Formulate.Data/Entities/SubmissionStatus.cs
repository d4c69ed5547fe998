namespace Formulate.Data.Entities;

/// <summary>Stored by name.</summary>
public enum SubmissionStatus
{
    AwaitingApproval,
    AwaitingSecondApproval,
    Returned,
    Approved,
}
