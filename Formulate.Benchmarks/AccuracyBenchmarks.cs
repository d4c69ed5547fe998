using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Formulate.Analysis.Accuracy;
using Formulate.Analysis.Calibration;
using Formulate.Engine.Defaults;
using Formulate.Tests.Accuracy;

namespace Formulate.Benchmarks;

/// <summary>
/// An accuracy report and a calibration (5-fold cross-validation and the final fit) for a 5,000-person synthetic sample.
/// Each operation takes seconds, so a few single runs are measured rather than millions of calls.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class AccuracyBenchmarks
{
    private Sample _sample = null!;

    [GlobalSetup]
    public void Setup() => _sample = SyntheticSample.Generate(5_000, 2026);

    [Benchmark]
    public AccuracyReport Report() => AccuracyReporter.Report(DefaultDefinitions.Definition, _sample, 25m);

    [Benchmark]
    public CalibrationResult Calibrate() => ModelCalibrator.Calibrate(DefaultDefinitions.Definition, _sample, new CalibrationOptions
    {
        NewVersion = "2026.1",
        EffectiveFrom = new DateOnly(2026, 4, 1),
        Reference = "Benchmark sample",
    });
}
