using BenchmarkDotNet.Attributes;
using Formulate.Engine;
using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;
using Formulate.Engine.Json;
using Formulate.Engine.Profiles;

namespace Formulate.Benchmarks;

/// <summary>
/// One estimate with every what-if, from memory and from JSON, against the cost of reading the profile JSON alone.
/// The profile is worked case wc02: a person with dementia, an unpaid carer and needs in five areas.
/// </summary>
[MemoryDiagnoser]
public class EstimateBenchmarks
{
    private readonly FormulateEngine _engine = new(DefaultDefinitions.Definition);
    private readonly FormulateEngine _planned = new(DefaultDefinitions.CareAsPlanned);
    private string _json = string.Empty;
    private NeedsProfile _profile = null!;
    private NeedsProfile _plannedProfile = null!;

    [GlobalSetup]
    public void Setup()
    {
        _json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "needs-profile.json"));
        _profile = FormulateJson.Deserialize<NeedsProfile>(_json)!;
        if (!_engine.Estimate(_profile).IsValid)
        {
            throw new InvalidOperationException("The benchmark profile must be valid");
        }

        // The same person on question set 2026.1: the draft upgraded, each new question given its first answer.
        var upgrade = ProfileUpgrade.Of(_profile with { QuestionSetVersion = null }, DefaultDefinitions.Definition.Questions, DefaultDefinitions.CareAsPlanned.Questions);
        var answers = new Dictionary<string, string>(upgrade.Profile.Answers);
        foreach (var question in upgrade.ToAnswer)
        {
            answers[question] = DefaultDefinitions.CareAsPlanned.Questions.Find(question)!.Answers[0].Code;
        }

        _plannedProfile = upgrade.Profile with { Answers = answers };
        if (!_planned.Estimate(_plannedProfile).IsValid)
        {
            throw new InvalidOperationException("The care-as-planned benchmark profile must be valid");
        }
    }

    [Benchmark(Baseline = true)]
    public NeedsProfile? DeserializeProfile() => FormulateJson.Deserialize<NeedsProfile>(_json);

    [Benchmark]
    public EstimateOutcome EstimateWithAllWhatIfs() => _engine.Estimate(_profile);

    /// <summary>The care-as-planned model (formulate-core@2026.1), with every what-if and the trace.</summary>
    [Benchmark]
    public EstimateOutcome EstimateCareAsPlannedWithAllWhatIfs() => _planned.Estimate(_plannedProfile);

    [Benchmark]
    public EstimateOutcome EstimateFromJson() => _engine.Estimate(FormulateJson.Deserialize<NeedsProfile>(_json)!);
}
