using Formulate.Engine.Defaults;
using Formulate.Engine.Questions;

namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>The 2026.1 Needs Profile question set a held-out sample is recorded against.</summary>
internal static class HeldOutQuestions
{
    public static QuestionSet CareAsPlanned { get; } =
        QuestionSetLoader.Load(DefaultDefinitions.CareAsPlannedQuestionSetJson).OrThrow("The 2026.1 question set");
}
