using System.Reflection;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Formulate.Tests.Data.Infrastructure;

/// <summary>The exceptions each provider throws for a given error, as EF Core passes them on (inside a DbUpdateException).</summary>
public static class ProviderExceptions
{
    public static Exception PostgreSql(string sqlState) =>
        Wrapped(new PostgresException("an error", "ERROR", "ERROR", sqlState));

    public static Exception Sqlite(int errorCode, int extendedErrorCode) =>
        Wrapped(new SqliteException("an error", errorCode, extendedErrorCode));

    /// <summary>SqlClient makes its exceptions only from errors a server sent, through members it keeps internal.</summary>
    public static Exception SqlServer(int number)
    {
        const BindingFlags Internal = BindingFlags.NonPublic | BindingFlags.Instance;
        var error = (SqlError)typeof(SqlError).GetConstructor(
            Internal, [typeof(int), typeof(byte), typeof(byte), typeof(string), typeof(string), typeof(string), typeof(int), typeof(Exception)])!
            .Invoke([number, (byte)0, (byte)16, "db.council.local", "an error", "", 0, null]);
        var errors = (SqlErrorCollection)typeof(SqlErrorCollection).GetConstructor(Internal, Type.EmptyTypes)!.Invoke([]);
        typeof(SqlErrorCollection).GetMethod("Add", Internal)!.Invoke(errors, [error]);
        var exception = (SqlException)typeof(SqlException).GetMethod(
            "CreateException", BindingFlags.NonPublic | BindingFlags.Static, [typeof(SqlErrorCollection), typeof(string)])!
            .Invoke(null, [errors, "16.00.1000"])!;
        exception.Number.ShouldBe(number);
        return Wrapped(exception);
    }

    private static Microsoft.EntityFrameworkCore.DbUpdateException Wrapped(Exception providerException) =>
        new Microsoft.EntityFrameworkCore.DbUpdateException("An error occurred while saving the entity changes.", providerException);
}
