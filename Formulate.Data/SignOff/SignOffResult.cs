namespace Formulate.Data.SignOff;

/// <summary>What a submission or a decision came to: done (with the submission's id), or the problems that stopped it.</summary>
public sealed record SignOffResult
{
    public Guid? SubmissionId { get; init; }

    public IReadOnlyList<SignOffError> Errors { get; init; } = [];

    public bool Succeeded => Errors.Count == 0;

    /// <summary>
    /// The same person had already submitted the same estimate and amount (a double click, or a second tab): nothing new
    /// was saved, and <see cref="SubmissionId"/> is the submission they made.
    /// </summary>
    public bool WasAlreadySubmitted { get; init; }

    public static SignOffResult Done(Guid submissionId) => new() { SubmissionId = submissionId };

    public static SignOffResult AlreadyDone(Guid submissionId) => new() { SubmissionId = submissionId, WasAlreadySubmitted = true };

    public static SignOffResult Refused(params SignOffError[] errors) => new() { Errors = errors };

    public static SignOffResult Refused(IReadOnlyList<SignOffError> errors) => new() { Errors = errors };
}
