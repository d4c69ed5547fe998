namespace Formulate.Data.SignOff;

/// <summary>What a submission or a decision came to: done (with the submission's id), or the problems that stopped it.</summary>
public sealed record SignOffResult
{
    public Guid? SubmissionId { get; init; }

    public IReadOnlyList<SignOffError> Errors { get; init; } = [];

    public bool Succeeded => Errors.Count == 0;

    public static SignOffResult Done(Guid submissionId) => new() { SubmissionId = submissionId };

    public static SignOffResult Refused(params SignOffError[] errors) => new() { Errors = errors };

    public static SignOffResult Refused(IReadOnlyList<SignOffError> errors) => new() { Errors = errors };
}
