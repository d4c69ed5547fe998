using BenchmarkDotNet.Attributes;
namespace Formulate.Benchmarks;
public class DecTemp
{
    private decimal _a = 52.325m * 0.875m * 1.15m, _b = 0.7m * 0.6m * 1.1m;
    [Benchmark] public decimal Div() => _a * 7m / 60m;
    [Benchmark] public decimal Mul() => _a * _b;
    [Benchmark] public decimal RoundInc() => Math.Round(_a / 0.01m, 0, MidpointRounding.AwayFromZero) * 0.01m;
    [Benchmark] public decimal Round2() => Math.Round(_a, 2, MidpointRounding.AwayFromZero);
    [Benchmark] public string Key() => $"deduction.{(_a > 0 ? "some" : "most")}";
    [Benchmark] public int Dict() => _d.TryGetValue(("deduction.unpaid", "most"), out var v) ? v : 0;
    private readonly Dictionary<(string, string?), int> _d = new() { [("deduction.unpaid", "most")] = 1, [("deduction.unpaid", "some")] = 2 };
}
