namespace Formulate.Data.Resilience;

/// <summary>
/// The SQL Server error numbers Formulate tells apart
/// (https://learn.microsoft.com/sql/relational-databases/errors-events/database-engine-events-and-errors).
/// </summary>
public static class SqlServerErrorNumbers
{
    /// <summary>The transaction was chosen as a deadlock victim; run it again.</summary>
    public const int Deadlock = 1205;

    /// <summary>A snapshot isolation transaction was refused because another changed the same row.</summary>
    public const int SnapshotUpdateConflict = 3960;

    /// <summary>A row broke a primary key or unique constraint.</summary>
    public const int UniqueConstraint = 2627;

    /// <summary>A row broke a unique index.</summary>
    public const int UniqueIndex = 2601;

    /// <summary>
    /// The server could not be reached or stopped answering: a client timeout (-2), no server (53, 40), a broken or
    /// reset connection (233, 64, 121, 10053, 10054), a refused or timed-out connection (10060, 10061), the server
    /// shutting down (6005), a database not open yet (4060), and Azure SQL's "unavailable" and "busy" (40613, 40197, 40501).
    /// </summary>
    public static IReadOnlySet<int> Unavailable { get; } = new HashSet<int> { -2, 40, 53, 64, 121, 233, 4060, 6005, 10053, 10054, 10060, 10061, 40197, 40501, 40613 };
}
