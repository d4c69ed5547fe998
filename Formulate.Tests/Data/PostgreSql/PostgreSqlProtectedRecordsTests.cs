using Formulate.Tests.Data.Infrastructure;

namespace Formulate.Tests.Data.PostgreSql;

[Collection(SecondPostgreSqlServerGroup.Name)]
public sealed class PostgreSqlProtectedRecordsTests(PostgreSqlServer server) : ProtectedRecordsTests(server);
