using Formulate.Tests.Data.Infrastructure;

namespace Formulate.Tests.Data.PostgreSql;

[Collection(SecondPostgreSqlServerGroup.Name)]
public sealed class PostgreSqlPersonStoreTests(PostgreSqlServer server) : PersonStoreTests(server);
