using Formulate.Engine.Quality;

namespace Formulate.Tests.Data.Builders;

/// <summary>
/// The three warnings a profile gives when its unpaid carer is under 18, is recorded as living with a person who lives
/// alone, and has been offered no carer's assessment although their support is at risk: two of them Important.
/// </summary>
internal static class Warnings
{
    public static QaStatement LivesAloneWithCarer { get; } = new()
    {
        Code = "QA09", Severity = QaSeverity.Warning, Category = QaCategory.Inconsistency,
        Message = "The person is recorded as living alone, but their unpaid carer is recorded as living with them. Check the living situation.",
        QuestionIds = ["person.living_situation", "carer.lives_with_person"],
    };

    public static QaStatement NoCarersAssessment { get; } = new()
    {
        Code = "QA10", Severity = QaSeverity.Important, Category = QaCategory.Omission,
        Message = "Unpaid support is at risk or not sustainable and no carer's assessment has been offered. Offer the carer an assessment.",
        QuestionIds = ["carer.sustainability", "carer.assessment"],
    };

    public static QaStatement YoungCarer { get; } = new()
    {
        Code = "QA12", Severity = QaSeverity.Important, Category = QaCategory.Irregularity,
        Message = "The unpaid carer is under 18. Offer a young carer's needs assessment and check whether the support they give is appropriate.",
        QuestionIds = ["carer.age_band"],
    };

    public static QaStatement[] YoungCarerLivingWithSomeoneAlone { get; } = [LivesAloneWithCarer, NoCarersAssessment, YoungCarer];
}
