using Formulate.Tests.Data.Infrastructure;

namespace Formulate.Tests.Data.PostgreSql;

[Collection(PostgreSqlServerGroup.Name)]
public sealed class PostgreSqlProtectedRecordsTests(PostgreSqlServer server) : ProtectedRecordsTests(server);
