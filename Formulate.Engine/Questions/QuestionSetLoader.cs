using System.Text.Json;
using Formulate.Engine.Json;
using Formulate.Engine.Questions.Conditions;

namespace Formulate.Engine.Questions;

/// <summary>Reads a question set from JSON and checks it completely before anything may use it.</summary>
public static class QuestionSetLoader
{
    public static LoadResult<QuestionSet> Load(string json)
    {
        QuestionSet? raw;
        try
        {
            raw = FormulateJson.Deserialize<QuestionSet>(json);
        }
        catch (JsonException error)
        {
            return LoadResult<QuestionSet>.Failure([new LoadProblem("document", $"is not a valid question set: {error.Message}")]);
        }

        return raw is null
            ? LoadResult<QuestionSet>.Failure([new LoadProblem("document", "is empty")])
            : Validate(raw);
    }

    public static LoadResult<QuestionSet> Validate(QuestionSet raw)
    {
        var problems = new List<LoadProblem>();
        RequireText(problems, "question set", "id", raw.Id);
        RequireText(problems, "question set", "version", raw.Version);
        var sectionIds = raw.Sections.Select(section => section.Id).ToHashSet();
        var seen = new Dictionary<string, Question>();
        var parsed = new List<Question>(raw.Questions.Count);
        foreach (var question in raw.Questions)
        {
            parsed.Add(CheckQuestion(question, seen, sectionIds, problems));
            seen.TryAdd(question.Id, question);
        }

        return problems.Count > 0
            ? LoadResult<QuestionSet>.Failure(problems)
            : LoadResult<QuestionSet>.Success(raw with { Questions = parsed });
    }

    private static Question CheckQuestion(
        Question question, Dictionary<string, Question> earlier, HashSet<string> sectionIds, List<LoadProblem> problems)
    {
        var where = string.IsNullOrWhiteSpace(question.Id) ? $"question {earlier.Count + 1}" : question.Id;
        RequireText(problems, where, "id", question.Id);
        RequireText(problems, where, "text", question.Text);
        RequireText(problems, where, "citizenText", question.CitizenText);
        if (earlier.ContainsKey(question.Id))
        {
            problems.Add(new LoadProblem(where, "is a duplicate question id; give each question its own id"));
        }

        if (!sectionIds.Contains(question.Section))
        {
            problems.Add(new LoadProblem(where, $"names section '{question.Section}', which is not in the sections list"));
        }

        CheckAnswers(question, where, problems);
        CheckCitizenWording(question, where, earlier, problems);
        return question.VisibleWhen is null ? question : question with { Visibility = CheckCondition(question, where, earlier, problems) };
    }

    private static void CheckAnswers(Question question, string where, List<LoadProblem> problems)
    {
        if (question.Answers.Count < 2)
        {
            problems.Add(new LoadProblem(where, "must offer at least two answers"));
        }

        foreach (var duplicate in question.Answers.GroupBy(answer => answer.Code).Where(group => group.Count() > 1))
        {
            problems.Add(new LoadProblem(where, $"offers the answer code '{duplicate.Key}' more than once"));
        }

        foreach (var answer in question.Answers.Where(answer => string.IsNullOrWhiteSpace(answer.Code) || string.IsNullOrWhiteSpace(answer.Label)))
        {
            problems.Add(new LoadProblem(where, $"has an answer without a code or label ('{answer.Code}')"));
        }
    }

    private static void CheckCitizenWording(Question question, string where, Dictionary<string, Question> earlier, List<LoadProblem> problems)
    {
        RejectBlank(problems, where, "citizenTextThey", question.CitizenTextThey);
        RejectBlank(problems, where, "citizenHint", question.CitizenHint);
        RejectBlank(problems, where, "citizenHintThey", question.CitizenHintThey);
        if (question.CitizenHintThey is not null && question.CitizenHint is null)
        {
            problems.Add(new LoadProblem(where, "has a citizenHintThey but no citizenHint; add the hint for the person answering for themselves"));
        }

        foreach (var answer in question.Answers)
        {
            RejectBlank(problems, where, $"citizenLabel of answer '{answer.Code}'", answer.CitizenLabel);
            RejectBlank(problems, where, $"citizenLabelThey of answer '{answer.Code}'", answer.CitizenLabelThey);
            if (answer.CitizenLabelThey is not null && answer.CitizenLabel is null)
            {
                problems.Add(new LoadProblem(where,
                    $"answer '{answer.Code}' has a citizenLabelThey but no citizenLabel; add the label for the person answering for themselves"));
            }
        }

        if (!question.SelfAssessment)
        {
            return;
        }

        if (question.VisibleWhen is null || ConditionParser.Parse(question.VisibleWhen).Condition is not { } condition)
        {
            return;
        }

        foreach (var (questionId, _) in condition.References().Distinct())
        {
            if (earlier.TryGetValue(questionId, out var referenced) && !referenced.SelfAssessment)
            {
                problems.Add(new LoadProblem(where,
                    $"is asked in the self-assessment but depends on '{questionId}', which is not; ask both in the self-assessment, or neither"));
            }
        }
    }

    private static void RejectBlank(List<LoadProblem> problems, string where, string field, string? value)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new LoadProblem(where, $"has an empty {field}; give the wording or leave it out"));
        }
    }

    private static Condition? CheckCondition(
        Question question, string where, Dictionary<string, Question> earlier, List<LoadProblem> problems)
    {
        var (condition, error) = ConditionParser.Parse(question.VisibleWhen!);
        if (condition is null)
        {
            problems.Add(new LoadProblem(where, $"has a malformed visibleWhen condition \"{question.VisibleWhen}\": {error}"));
            return null;
        }

        foreach (var (questionId, code) in condition.References().Distinct())
        {
            if (!earlier.TryGetValue(questionId, out var referenced))
            {
                problems.Add(new LoadProblem(where,
                    $"visibleWhen refers to '{questionId}', which is not a question asked before this one"));
            }
            else if (!referenced.Offers(code))
            {
                problems.Add(new LoadProblem(where,
                    $"visibleWhen compares '{questionId}' with '{code}', which that question does not offer"));
            }
        }

        return condition;
    }

    private static void RequireText(List<LoadProblem> problems, string where, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new LoadProblem(where, $"is missing its {field}"));
        }
    }
}
