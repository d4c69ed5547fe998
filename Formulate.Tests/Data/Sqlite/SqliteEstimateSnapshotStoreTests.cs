using Formulate.Tests.Data.Infrastructure;

namespace Formulate.Tests.Data.Sqlite;

public sealed class SqliteEstimateSnapshotStoreTests() : EstimateSnapshotStoreTests(new SqliteHost());
