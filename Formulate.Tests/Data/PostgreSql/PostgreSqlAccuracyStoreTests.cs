using Formulate.Tests.Data.Infrastructure;

namespace Formulate.Tests.Data.PostgreSql;

[Collection(PostgreSqlServerGroup.Name)]
public sealed class PostgreSqlAccuracyStoreTests(PostgreSqlServer server) : AccuracyStoreTests(server);
