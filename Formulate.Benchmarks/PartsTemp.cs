using BenchmarkDotNet.Attributes;
using Formulate.Engine.Chc;
using Formulate.Engine.Defaults;
using Formulate.Engine.Json;
using Formulate.Engine.Profiles;
using Formulate.Engine.Quality;

namespace Formulate.Benchmarks;

[MemoryDiagnoser]
public class PartsTemp
{
    private NeedsProfile _profile = null!;

    [GlobalSetup]
    public void Setup() => _profile = FormulateJson.Deserialize<NeedsProfile>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "needs-profile.json")))!;

    [Benchmark]
    public object Validate() => ProfileValidator.Validate(DefaultDefinitions.Definition.Questions, _profile);

    [Benchmark]
    public object Chc() => ChcPredictor.Predict(DefaultDefinitions.Definition.Questions, _profile.Answers);

    [Benchmark]
    public object Qa() => QaRuleCatalogue.Check(new QaContext(_profile.Answers, [], 100m));
}
