using Formulate.Tests.Data.Infrastructure;

namespace Formulate.Tests.Data.Sqlite;

public sealed class SqliteSchemaTests() : SchemaTests(new SqliteHost());
