using System.Text.Json.Nodes;
using Formulate.Data.Entities;
using Formulate.Tests.Data.Infrastructure;

namespace Formulate.Tests.Data.Builders;

public sealed class NeedsProfileBuilder
{
    private readonly JsonObject _answers = [];
    private Guid _personId;
    private NeedsProfileStatus _status = NeedsProfileStatus.Draft;
    private DateOnly _assessmentDate = new(2026, 11, 20);

    public NeedsProfileBuilder ForPerson(Person person)
    {
        _personId = person.Id;
        return this;
    }

    public NeedsProfileBuilder WithAnswer(string questionId, string answerCode)
    {
        _answers[questionId] = answerCode;
        return this;
    }

    public NeedsProfileBuilder WithStatus(NeedsProfileStatus status)
    {
        _status = status;
        return this;
    }

    public NeedsProfileBuilder AssessedOn(DateOnly assessmentDate)
    {
        _assessmentDate = assessmentDate;
        return this;
    }

    public NeedsProfile Build() => new()
    {
        PersonId = _personId,
        Status = _status,
        AssessmentDate = _assessmentDate,
        QuestionSetVersion = "2026.1",
        AnswersJson = _answers.ToJsonString(),
        CreatedAt = FixedTimeProvider.DefaultNow,
        CreatedBy = "test.practitioner",
        UpdatedAt = FixedTimeProvider.DefaultNow,
        UpdatedBy = "test.practitioner",
    };
}
