using System.Text.Json;
using Formulate.Engine.Defaults;
using Formulate.Engine.Profiles;
using Formulate.Engine.Questions;

namespace Formulate.Load;

/// <summary>
/// The benchmark profile (worked case wc02), which every simulated practitioner's Needs Profile starts
/// with, complete, and the answers they change: so that every answer they give recalculates the estimate
/// and its what-ifs, as when a practitioner revisits answers, rather than counting down questions left.
/// </summary>
internal static class BenchmarkAnswers
{
    private static readonly QuestionSet Questions = DefaultDefinitions.Definition.Questions;

    public static IReadOnlyDictionary<string, string> Given { get; } = Read();

    /// <summary>
    /// For each question of the profile, in the order the question set asks them, another answer that keeps
    /// the profile complete: nothing newly asked, and nothing answered that would no longer be asked.
    /// </summary>
    public static IReadOnlyList<(string Section, string QuestionId, string Code)> Changes() =>
    [
        .. Questions.Questions
            .Where(question => Given.ContainsKey(question.Id))
            .Select(question => (question.Section, question.Id, Code: question.Answers
                .Select(answer => answer.Code)
                .FirstOrDefault(code => code != Given[question.Id] && KeepsComplete(question.Id, code))))
            .Where(change => change.Code is not null)
            .Select(change => (change.Section, change.Id, change.Code!)),
    ];

    private static bool KeepsComplete(string questionId, string code)
    {
        var answers = new Dictionary<string, string>(Given) { [questionId] = code };
        return ProfileValidator.Validate(Questions, new NeedsProfile { AssessmentDate = new DateOnly(2026, 4, 1), Answers = answers }).Count == 0;
    }

    private static Dictionary<string, string> Read()
    {
        using var profile = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "needs-profile.json")));
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var answer in profile.RootElement.GetProperty("answers").EnumerateObject())
        {
            answers[answer.Name] = answer.Value.GetString()!;
        }

        var problems = ProfileValidator.Validate(Questions, new NeedsProfile { AssessmentDate = new DateOnly(2026, 4, 1), Answers = answers });
        return problems.Count == 0
            ? answers
            : throw new InvalidOperationException($"The benchmark profile is not complete: {problems[0].Message}");
    }
}
