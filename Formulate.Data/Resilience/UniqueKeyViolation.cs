using Microsoft.Data.Sqlite;

namespace Formulate.Data.Resilience;

/// <summary>
/// Tells when a save was refused because a unique key or index already holds the value (a case reference or user name
/// taken a moment earlier by someone else), as against any other failure of the same save.
/// </summary>
public static class UniqueKeyViolation
{
    private const string PostgreSqlUniqueViolation = "23505";

    public static bool IsCause(Exception exception) =>
        ExceptionChain.Of(exception).Any(current => current switch
        {
            Npgsql.PostgresException postgres => postgres.SqlState == PostgreSqlUniqueViolation,
            Microsoft.Data.SqlClient.SqlException sqlServer => sqlServer.Number is SqlServerErrorNumbers.UniqueConstraint or SqlServerErrorNumbers.UniqueIndex,
            SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteResultCodes.ConstraintUnique or SqliteResultCodes.ConstraintPrimaryKey,
            _ => false,
        });
}
