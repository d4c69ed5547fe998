using Formulate.Tests.Data.Infrastructure;

namespace Formulate.Tests.Data.Sqlite;

public sealed class SqliteQuestionSetMoveTests() : QuestionSetMoveTests(new SqliteHost());
