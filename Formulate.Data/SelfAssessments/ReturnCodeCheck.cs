namespace Formulate.Data.SelfAssessments;

public enum ReturnCodeCheck
{
    Accepted,
    Wrong,
    TooManyAttempts,
    Expired,
}
