namespace Formulate.Data.SignOff;

/// <summary>A person's latest agreed weekly budget and the answers of the Needs Profile it rests on.</summary>
public sealed record AgreedProfile(Guid PersonId, string CaseReference, string Name, decimal AgreedWeekly, DateOnly AssessmentDate, string AnswersJson);
