using Microsoft.Data.Sqlite;

namespace Formulate.Data.Resilience;

/// <summary>
/// Tells when a transaction was refused because it raced another one, so that the work can be done again from a fresh read
/// rather than reported as a fault: PostgreSQL's serialization failure or deadlock, SQL Server's deadlock victim (how it
/// settles two serializable transactions that read and then write the same rows) or snapshot update conflict, and SQLite
/// still busy with another writer when its wait ran out.
/// </summary>
public static class SerializationFailure
{
    private const string PostgreSqlSerializationFailure = "40001";
    private const string PostgreSqlDeadlock = "40P01";

    public static bool IsCause(Exception exception) =>
        ExceptionChain.Of(exception).Any(current => current switch
        {
            Npgsql.PostgresException postgres => postgres.SqlState is PostgreSqlSerializationFailure or PostgreSqlDeadlock,
            Microsoft.Data.SqlClient.SqlException sqlServer => sqlServer.Number is SqlServerErrorNumbers.Deadlock or SqlServerErrorNumbers.SnapshotUpdateConflict,
            SqliteException sqlite => sqlite.SqliteErrorCode is SqliteResultCodes.Busy or SqliteResultCodes.Locked,
            _ => false,
        });
}
