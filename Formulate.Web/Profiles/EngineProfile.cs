using Formulate.Data.Profiles;
using Formulate.Engine.Json;
using Formulate.Engine.Profiles;
using StoredProfile = Formulate.Data.Entities.NeedsProfile;

namespace Formulate.Web.Profiles;

/// <summary>A stored Needs Profile as the screens work with it: its answers read, its version remembered.</summary>
public sealed record EngineProfile
{
    public required Guid Id { get; init; }

    public required Guid PersonId { get; init; }

    public required DateOnly AssessmentDate { get; init; }

    public required string QuestionSetVersion { get; init; }

    public required Data.Entities.NeedsProfileStatus Status { get; init; }

    public required IReadOnlyDictionary<string, string> Answers { get; init; }

    public required int Version { get; init; }

    /// <summary>A reassessment's answers still as they were carried forward from the last agreed profile, by question id.</summary>
    public IReadOnlySet<string> CarriedForward { get; init; } = new HashSet<string>();

    public static EngineProfile From(StoredProfile stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new EngineProfile
        {
            Id = stored.Id,
            PersonId = stored.PersonId,
            AssessmentDate = stored.AssessmentDate,
            QuestionSetVersion = stored.QuestionSetVersion,
            Status = stored.Status,
            Answers = FormulateJson.Deserialize<Dictionary<string, string>>(stored.AnswersJson) ?? [],
            Version = stored.Version,
            CarriedForward = CarriedForwardAnswers.Of(stored),
        };
    }

    public NeedsProfile ToEngine() => new()
    {
        AssessmentDate = AssessmentDate,
        QuestionSetVersion = QuestionSetVersion,
        Answers = Answers,
    };
}
