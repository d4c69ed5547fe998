using System.Data.Common;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Data.Resilience;

/// <summary>Tells a database that cannot be reached (a fault worth waiting out) from a fault in the data or the code.</summary>
public static class DatabaseFailure
{
    /// <summary>
    /// True when <paramref name="exception"/>, or an exception inside it, says the database could not be
    /// reached or stopped answering: a refused or dropped connection, a timeout, a server shutting down.
    /// A stale write (<see cref="DbUpdateConcurrencyException"/>) is not such a fault.
    /// </summary>
    public static bool IsUnavailable(Exception exception)
    {
        foreach (var current in ExceptionChain.Of(exception))
        {
            switch (current)
            {
                case DbUpdateConcurrencyException:
                    return false;
                case SocketException or TimeoutException or EndOfStreamException:
                    return true;
                case Npgsql.PostgresException postgres:
                    // Class 08: connection exceptions; 57P: the server is shutting down or cannot connect now.
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                        || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal);
                case Npgsql.NpgsqlException npgsql when npgsql.IsTransient:
                    return true;
                case Microsoft.Data.SqlClient.SqlException sqlServer:
                    return SqlServerErrorNumbers.Unavailable.Contains(sqlServer.Number);
                case DbException { IsTransient: true }:
                    return true;
            }
        }

        return false;
    }
}
