using Formulate.Engine;

namespace Formulate.Tests.Engine;

/// <summary>
/// The estimator needs nothing but the base class library: statistics, CSV reading and the other analysts' tools live in
/// Formulate.Analysis (decision 0024), so that what an estimate runs stays small, pure and auditable.
/// </summary>
public sealed class EngineDependencyTests
{
    [Fact]
    public void FormulateEngine_ReferencedAssemblies_AreTheBaseClassLibraryOnly()
    {
        var references = typeof(FormulateEngine).Assembly.GetReferencedAssemblies().Select(name => name.Name!).ToList();

        references.ShouldNotBeEmpty();
        references.Where(name => !(name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib"))
            .ShouldBeEmpty("Formulate.Engine must reference only the base class library");
    }
}
