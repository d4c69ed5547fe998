using Formulate.Engine.Questions;

namespace Formulate.Web.Profiles;

/// <summary>
/// The sections of a Needs Profile that apply to the person, in order, and which one comes next. A section applies while
/// any of its questions is asked given the answers so far (the question set's own visibility rules: its setting, its
/// answers); a section none of whose questions is asked is not listed at all, and comes back as soon as one is.
/// </summary>
public static class SectionGuide
{
    public static IReadOnlyList<SectionStep> Steps(QuestionSet questions, ProfileProgress progress, IReadOnlyCollection<string> carriedForward)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(carriedForward);
        return
        [
            .. questions.Sections
                .Select(section => new SectionStep(
                    section,
                    progress.StatusOf(section.Id),
                    progress.UnansweredIn(section.Id).Count,
                    carriedForward.Count(id => questions.Find(id)?.Section == section.Id && progress.IsVisible(id))))
                .Where(step => step.Status != SectionStatus.NothingToAnswer),
        ];
    }

    /// <summary>
    /// The next section after <paramref name="sectionId"/> with anything left to do, else the first such before it; null
    /// when every section that applies is done, and the estimate is next.
    /// </summary>
    public static QuestionSection? Next(IReadOnlyList<SectionStep> steps, string sectionId)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var position = steps.ToList().FindIndex(step => step.Section.Id == sectionId);
        return steps.Skip(position + 1).Concat(steps.Take(Math.Max(position, 0)))
            .FirstOrDefault(step => !step.IsDone && step.Section.Id != sectionId)?.Section;
    }
}
