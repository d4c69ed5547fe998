using Formulate.Tests.Data.Infrastructure;
using Formulate.Tests.Web.Letters.Support;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Formulate.Tests.Reliability;

public sealed class SharedFixturesFirstTests
{
    private static readonly ITestAssembly Assembly = new TestAssembly(Reflector.Wrap(typeof(SharedFixturesFirstTests).Assembly));

    [Fact]
    public void Order_GroupsAmongClassesRunningAlone_PutsEveryGroupFirstAndKeepsTheRestInIdOrder()
    {
        ITestCollection[] collections =
        [
            Alone("Test collection for Formulate.Tests.Engine.A"),
            Group(typeof(PdfTestGroup)),
            Alone("Test collection for Formulate.Tests.Engine.B"),
            Group(typeof(PostgreSqlServerGroup)),
            Alone("Test collection for Formulate.Tests.Engine.C"),
        ];

        var ordered = new SharedFixturesFirst().OrderTestCollections(collections).ToList();

        ordered.Take(2).ShouldAllBe(collection => collection.CollectionDefinition != null);
        ordered.Skip(2).Select(collection => collection.UniqueID.ToString())
            .ShouldBe(collections.Where(collection => collection.CollectionDefinition == null).Select(collection => collection.UniqueID.ToString()).Order(StringComparer.OrdinalIgnoreCase));
    }

    private static TestCollection Group(Type definition) => new(Assembly, Reflector.Wrap(definition), definition.Name);

    private static TestCollection Alone(string displayName) => new(Assembly, null, displayName);
}
