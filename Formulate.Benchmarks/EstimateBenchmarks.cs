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
    private string _json = string.Empty;
    private NeedsProfile _profile = null!;

    [GlobalSetup]
    public void Setup()
    {
        _json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "needs-profile.json"));
        _profile = FormulateJson.Deserialize<NeedsProfile>(_json)!;
        if (!_engine.Estimate(_profile).IsValid)
        {
            throw new InvalidOperationException("The benchmark profile must be valid");
        }
    }

    [Benchmark(Baseline = true)]
    public NeedsProfile? DeserializeProfile() => FormulateJson.Deserialize<NeedsProfile>(_json);

    [Benchmark]
    public EstimateOutcome EstimateWithAllWhatIfs() => _engine.Estimate(_profile);

    [Benchmark]
    public EstimateOutcome EstimateFromJson() => _engine.Estimate(FormulateJson.Deserialize<NeedsProfile>(_json)!);
}
