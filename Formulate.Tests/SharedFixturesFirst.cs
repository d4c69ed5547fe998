using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("Formulate.Tests.SharedFixturesFirst", "Formulate.Tests")]

namespace Formulate.Tests;

/// <summary>
/// Starts the named test groups before the classes that run alone. Each group shares a costly fixture (a PostgreSQL
/// server, an app, a PDF printer) and runs its many classes one after another, so a group started last becomes the
/// tail of the run with one core idle. Within each kind the order is xUnit's own, by the collection's id.
/// </summary>
public sealed class SharedFixturesFirst : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections
            .OrderBy(collection => collection.CollectionDefinition is null)
            .ThenBy(collection => collection.UniqueID.ToString(), StringComparer.OrdinalIgnoreCase);
}
