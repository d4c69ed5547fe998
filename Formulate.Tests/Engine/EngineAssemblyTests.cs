using System.Reflection;
using Formulate.Engine;

namespace Formulate.Tests.Engine;

/// <summary>The engine stays usable on its own: a council can call it from a batch job with nothing but .NET.</summary>
public sealed class EngineAssemblyTests
{
    private static readonly string[] AnalysisAreas = ["Accuracy", "Calibration", "Benchmarking", "Impact"];

    private static Assembly Engine => typeof(FormulateEngine).Assembly;

    [Fact]
    public void Engine_References_OnlyTheBaseClassLibrary()
    {
        var others = Engine.GetReferencedAssemblies()
            .Select(reference => reference.Name ?? string.Empty)
            .Where(name => !IsFramework(name))
            .ToList();

        others.ShouldBeEmpty($"Formulate.Engine references {string.Join(", ", others)}; move the code that needs them to Formulate.Analysis");
    }

    [Fact]
    public void Engine_Namespaces_HoldNoAnalysisCode()
    {
        var misplaced = Engine.GetTypes()
            .Where(type => !type.IsNested && type.Namespace is { } space && AnalysisAreas.Any(area => space.Split('.').Contains(area, StringComparer.Ordinal)))
            .Select(type => type.FullName)
            .ToList();

        misplaced.ShouldBeEmpty($"These types belong in Formulate.Analysis, not the engine: {string.Join(", ", misplaced)}");
    }

    private static bool IsFramework(string name) =>
        name is "netstandard" or "mscorlib" or "System"
        || name.StartsWith("System.", StringComparison.Ordinal)
        || name.StartsWith("Microsoft.", StringComparison.Ordinal);
}
