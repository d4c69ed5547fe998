namespace Formulate.Tests.Data.Infrastructure;

[CollectionDefinition(Name)]
public sealed class PostgreSqlServerGroup : ICollectionFixture<PostgreSqlServer>
{
    public const string Name = "PostgreSQL";
}
