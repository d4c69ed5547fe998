using Formulate.Tests.Data.Infrastructure;

namespace Formulate.Tests.Data.PostgreSql;

[Collection(SecondPostgreSqlServerGroup.Name)]
public sealed class PostgreSqlEstimateSnapshotStoreTests(PostgreSqlServer server) : EstimateSnapshotStoreTests(server);
