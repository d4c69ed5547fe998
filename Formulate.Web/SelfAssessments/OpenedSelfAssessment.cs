using Formulate.Data.Entities;

namespace Formulate.Web.SelfAssessments;

/// <summary>A submitted self-assessment opened for review beside the person's Needs Profile.</summary>
/// <param name="Profile">The person's latest Needs Profile that can still be changed, or null when they have none.</param>
public sealed record OpenedSelfAssessment(
    SelfAssessment SelfAssessment, Person Person, IReadOnlyDictionary<string, string> PersonAnswers,
    IReadOnlyList<SelfAssessmentReview> Reviews, NeedsProfile? Profile);
