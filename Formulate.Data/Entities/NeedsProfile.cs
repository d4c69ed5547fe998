namespace Formulate.Data.Entities;

public sealed class NeedsProfile : IVersioned
{
    public const string EmptyAnswers = "{}";

    public const string NoneCarriedForward = "[]";

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PersonId { get; init; }

    public NeedsProfileStatus Status { get; set; } = NeedsProfileStatus.Draft;

    public DateOnly AssessmentDate { get; set; }

    public required string QuestionSetVersion { get; set; }

    /// <summary>The engine's answers: a JSON object of question id to answer code.</summary>
    public string AnswersJson { get; set; } = EmptyAnswers;

    /// <summary>
    /// A reassessment's answers copied from the person's last agreed profile and not yet confirmed or changed: a JSON
    /// array of question ids. The profile cannot be submitted while any is left.
    /// </summary>
    public string CarriedForwardJson { get; set; } = NoneCarriedForward;

    public DateTimeOffset CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }

    public int Version { get; set; }
}
