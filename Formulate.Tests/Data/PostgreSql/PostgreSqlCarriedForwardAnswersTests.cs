using Formulate.Tests.Data.Infrastructure;

namespace Formulate.Tests.Data.PostgreSql;

[Collection(PostgreSqlServerGroup.Name)]
public sealed class PostgreSqlCarriedForwardAnswersTests(PostgreSqlServer server) : CarriedForwardAnswersTests(server);
