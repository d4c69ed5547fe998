using Formulate.Engine.Questions;

namespace Formulate.Web.Profiles;

/// <summary>One section of the Needs Profile as the guided form lists it: its state and what is left in it.</summary>
/// <param name="Left">Questions asked in the section and not yet answered (optional ones never count).</param>
/// <param name="Carried">Answers in the section still as carried forward into a reassessment.</param>
public sealed record SectionStep(QuestionSection Section, SectionStatus Status, int Left, int Carried)
{
    /// <summary>Nothing left to do here: every question answered and nothing still carried forward.</summary>
    public bool IsDone => Status == SectionStatus.Completed && Carried == 0;

    public string StatusText => Carried > 0 ? $"{Carried} carried forward"
        : Status switch
        {
            SectionStatus.Completed => "Completed",
            SectionStatus.InProgress => Left == 1 ? "1 question left" : $"{Left} questions left",
            _ => "Not started",
        };
}
