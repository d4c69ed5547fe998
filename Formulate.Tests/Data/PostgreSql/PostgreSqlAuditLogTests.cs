using Formulate.Tests.Data.Infrastructure;

namespace Formulate.Tests.Data.PostgreSql;

[Collection(SecondPostgreSqlServerGroup.Name)]
public sealed class PostgreSqlAuditLogTests(PostgreSqlServer server) : AuditLogTests(server);
