using Formulate.Tests.Data.Infrastructure;

namespace Formulate.Tests.Data.Sqlite;

public sealed class SqliteSubmissionWarningsStoreTests() : SubmissionWarningsStoreTests(new SqliteHost());
