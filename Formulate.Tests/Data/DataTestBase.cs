using Formulate.Tests.Data.Infrastructure;

namespace Formulate.Tests.Data;

/// <summary>
/// The data tests are written once, in abstract classes deriving from this, and run by one
/// small subclass per provider (see the Sqlite and PostgreSql folders).
/// </summary>
public abstract class DataTestBase(ITestDatabaseHost host, bool protectPersonalData = false) : IAsyncLifetime
{
    protected TestDatabase Database { get; } = new(host, protectPersonalData);

    /// <summary>
    /// Most tests start from a database at the current schema, without demo data, copied from the template migrated once
    /// per test run. Tests of migrating and starting override this and call <see cref="TestDatabase.InitializeAsync"/>.
    /// </summary>
    public virtual async Task InitializeAsync() => await Database.CreateAtCurrentSchemaAsync();

    public async Task DisposeAsync() => await Database.DisposeAsync();
}
