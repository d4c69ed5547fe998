using Formulate.Tests.Data.Infrastructure;

namespace Formulate.Tests.Data.Sqlite;

public sealed class SqlitePersonStoreTests() : PersonStoreTests(new SqliteHost());
