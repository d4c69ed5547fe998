namespace Formulate.Data.SelfAssessments;

public enum InvitationCheck
{
    Valid,
    Unknown,
    Expired,
    AlreadyUsed,
}
