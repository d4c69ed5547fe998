namespace Formulate.Data.SelfAssessments;

/// <param name="SelfAssessmentId">Set only when the code was accepted.</param>
/// <param name="AttemptsLeft">After a wrong code, how many more may be tried.</param>
public sealed record ReturnCodeResult(ReturnCodeCheck Check, Guid? SelfAssessmentId, int AttemptsLeft);
