using Formulate.Engine.Profiles;
using Formulate.Engine.Questions;

namespace Formulate.Web.Profiles;

/// <summary>Which questions are asked and still unanswered, overall and per section.</summary>
public sealed class ProfileProgress
{
    private readonly QuestionSet _questions;
    private readonly IReadOnlyDictionary<string, string> _answers;
    private readonly VisibleAnswers _visible;

    public ProfileProgress(QuestionSet questions, IReadOnlyDictionary<string, string> answers)
    {
        _questions = questions;
        _answers = answers;
        _visible = new VisibleAnswers(questions, answers);
    }

    public bool IsVisible(string questionId) => _visible.IsVisible(questionId);

    public bool IsAnswered(Question question) =>
        _answers.TryGetValue(question.Id, out var code) && question.Offers(code);

    public IEnumerable<Question> VisibleIn(string sectionId) =>
        _visible.VisibleQuestions().Where(question => question.Section == sectionId);

    /// <summary>Questions asked in the section that must still be answered; optional ones may be left.</summary>
    public IReadOnlyList<Question> UnansweredIn(string sectionId) =>
        [.. VisibleIn(sectionId).Where(question => !question.Optional && !IsAnswered(question))];

    public int QuestionsLeft => _visible.VisibleQuestions().Count(question => !question.Optional && !IsAnswered(question));

    public SectionStatus StatusOf(string sectionId)
    {
        var asked = VisibleIn(sectionId).Where(question => !question.Optional || IsAnswered(question)).ToList();
        var answered = asked.Count(IsAnswered);
        return asked.Count == 0 ? SectionStatus.NothingToAnswer
            : answered == 0 ? SectionStatus.NotStarted
            : answered == asked.Count ? SectionStatus.Completed
            : SectionStatus.InProgress;
    }

    /// <summary>The first section with questions left to answer, or null when every section is done.</summary>
    public QuestionSection? NextSectionAfter(string sectionId)
    {
        var sections = _questions.Sections;
        var position = sections.ToList().FindIndex(section => section.Id == sectionId);
        return sections.Skip(position + 1).FirstOrDefault(section => StatusOf(section.Id) is SectionStatus.NotStarted or SectionStatus.InProgress);
    }
}
