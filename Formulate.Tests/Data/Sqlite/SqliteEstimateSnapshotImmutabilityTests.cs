using Formulate.Tests.Data.Infrastructure;

namespace Formulate.Tests.Data.Sqlite;

public sealed class SqliteEstimateSnapshotImmutabilityTests() : EstimateSnapshotImmutabilityTests(new SqliteHost());
