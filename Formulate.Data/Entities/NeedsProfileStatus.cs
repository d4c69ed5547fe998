namespace Formulate.Data.Entities;

public enum NeedsProfileStatus
{
    Draft,
    Completed,
    Submitted,
    Approved,
    Returned,
}
