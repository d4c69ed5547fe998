using Formulate.Tests.Data.Infrastructure;

namespace Formulate.Tests.Data.PostgreSql;

[Collection(PostgreSqlServerGroup.Name)]
public sealed class PostgreSqlQuestionSetMoveTests(PostgreSqlServer server) : QuestionSetMoveTests(server);
