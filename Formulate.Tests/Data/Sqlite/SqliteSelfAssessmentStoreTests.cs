using Formulate.Tests.Data.Infrastructure;

namespace Formulate.Tests.Data.Sqlite;

public sealed class SqliteSelfAssessmentStoreTests() : SelfAssessmentStoreTests(new SqliteHost());
