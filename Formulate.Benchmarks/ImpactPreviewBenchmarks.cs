using BenchmarkDotNet.Attributes;
using Formulate.Analysis.Impact;
using Formulate.Engine;
using Formulate.Engine.Defaults;
using Formulate.Engine.Profiles;
using Formulate.Engine.Questions;

namespace Formulate.Benchmarks;

/// <summary>
/// The impact preview: 5,000 people with agreed budgets re-estimated under the configuration in force
/// and under a draft with a higher homecare rate, with every what-if, as the configuration screen does.
/// </summary>
[MemoryDiagnoser]
public class ImpactPreviewBenchmarks
{
    private const int People = 5_000;
    private static readonly DateOnly AssessedOn = new(2025, 6, 1);
    private readonly FormulateEngine _current = new(DefaultDefinitions.Definition);
    private FormulateEngine _draft = null!;
    private List<ImpactPerson> _people = [];

    [GlobalSetup]
    public void Setup()
    {
        var shipped = DefaultDefinitions.Definition;
        var configuration = shipped.Configuration;
        var raised = configuration with
        {
            Version = "2025.3",
            Parameters = [.. configuration.Parameters.Select(p => p.Key != "rate.home_care" ? p : p with
            {
                Values = [.. p.Values.Select(v => v with { Value = 23.50m })],
            })],
        };
        _draft = new FormulateEngine(shipped with { Configuration = raised });
        _people = [.. Enumerable.Range(1, People).Select(seed => new ImpactPerson($"P{seed:0000}", $"Person {seed}", Generate(shipped.Questions, seed)))];
        var report = ImpactPreview.Compare(_people, _current, _draft, AssessedOn);
        if (report.Compared < People / 2 || report.Changed == 0)
        {
            throw new InvalidOperationException($"The generated people must mostly be estimable: {report.Compared} compared, {report.Changed} changed.");
        }
    }

    [Benchmark]
    public ImpactReport PreviewFiveThousandPeople() => ImpactPreview.Compare(_people, _current, _draft, AssessedOn);

    /// <summary>Every question asked gets a random offered answer, in order; eligibility is always decided, as it is for an agreed budget.</summary>
    private static NeedsProfile Generate(QuestionSet questions, int seed)
    {
#pragma warning disable CA5394 // Reproducible test data, not security.
        var random = new Random(seed);
        var answers = new Dictionary<string, string>();
        foreach (var question in questions.Questions)
        {
            if (question.Visibility is null || question.Visibility.Holds(new VisibleAnswers(questions, answers)))
            {
                answers[question.Id] = question.Id == "person.eligibility_decided" ? "yes" : question.Answers[random.Next(question.Answers.Count)].Code;
            }
        }
#pragma warning restore CA5394

        return new NeedsProfile { AssessmentDate = AssessedOn, Answers = answers };
    }
}
