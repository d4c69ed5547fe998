namespace Formulate.Tests.Data.Infrastructure;

/// <summary>
/// The second group of PostgreSQL data tests, with a server of its own. Tests in one collection run one after another,
/// and the PostgreSQL tests were the data area's longest chain: two groups run side by side. A new PostgreSQL test class
/// joins the group whose tests take less time in all.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SecondPostgreSqlServerGroup : ICollectionFixture<PostgreSqlServer>
{
    public const string Name = "PostgreSQL, second server";
}
