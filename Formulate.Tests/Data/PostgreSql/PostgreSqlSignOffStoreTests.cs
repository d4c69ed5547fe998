using Formulate.Tests.Data.Infrastructure;

namespace Formulate.Tests.Data.PostgreSql;

[Collection(SecondPostgreSqlServerGroup.Name)]
public sealed class PostgreSqlSignOffStoreTests(PostgreSqlServer server) : SignOffStoreTests(server);
