using Formulate.Data.Resilience;
using Formulate.Tests.Data.Infrastructure;

namespace Formulate.Tests.Data;

/// <summary>Each provider's own error for a deadlock, a serialization failure, a taken unique key and a lost connection, told apart.</summary>
public sealed class ProviderErrorTests
{
    public enum Kind
    {
        Deadlock,
        Serialization,
        UniqueKey,
        ConnectionLost,
        Other,
    }

    public static TheoryData<string, Kind> Errors => new()
    {
        { "PostgreSQL 40P01 deadlock_detected", Kind.Deadlock },
        { "PostgreSQL 40001 serialization_failure", Kind.Serialization },
        { "PostgreSQL 23505 unique_violation", Kind.UniqueKey },
        { "PostgreSQL 08006 connection_failure", Kind.ConnectionLost },
        { "PostgreSQL 57P01 admin_shutdown", Kind.ConnectionLost },
        { "PostgreSQL 23503 foreign_key_violation", Kind.Other },
        { "SQL Server 1205 deadlock victim", Kind.Deadlock },
        { "SQL Server 3960 snapshot update conflict", Kind.Serialization },
        { "SQL Server 2627 unique constraint", Kind.UniqueKey },
        { "SQL Server 2601 unique index", Kind.UniqueKey },
        { "SQL Server 10054 connection reset", Kind.ConnectionLost },
        { "SQL Server -2 timeout", Kind.ConnectionLost },
        { "SQL Server 40613 database unavailable", Kind.ConnectionLost },
        { "SQL Server 547 foreign key conflict", Kind.Other },
        { "SQLite 5 busy", Kind.Deadlock },
        { "SQLite 6 locked", Kind.Serialization },
        { "SQLite 19/2067 unique constraint", Kind.UniqueKey },
        { "SQLite 19/1555 primary key", Kind.UniqueKey },
        { "SQLite 19/787 foreign key", Kind.Other },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void IsCause_EachProvidersError_ToldApart(string error, Kind kind)
    {
        var exception = Make(error);

        SerializationFailure.IsCause(exception).ShouldBe(kind is Kind.Deadlock or Kind.Serialization, $"{error}: worth doing again from a fresh read");
        UniqueKeyViolation.IsCause(exception).ShouldBe(kind == Kind.UniqueKey, $"{error}: a taken unique key");
        if (!error.StartsWith("SQLite", StringComparison.Ordinal))
        {
            // SQLite's own result codes decide whether it is worth waiting out (DbException.IsTransient).
            DatabaseFailure.IsUnavailable(exception).ShouldBe(kind == Kind.ConnectionLost, $"{error}: a database that cannot be reached");
        }
    }

    private static Exception Make(string error)
    {
        var parts = error.Split(' ');
        var code = parts[0] == "SQL" ? parts[2] : parts[1];
        return parts[0] switch
        {
            "PostgreSQL" => ProviderExceptions.PostgreSql(code),
            "SQL" => ProviderExceptions.SqlServer(int.Parse(code, System.Globalization.CultureInfo.InvariantCulture)),
            _ => code.Split('/') is [var primary, var extended]
                ? ProviderExceptions.Sqlite(int.Parse(primary, System.Globalization.CultureInfo.InvariantCulture), int.Parse(extended, System.Globalization.CultureInfo.InvariantCulture))
                : ProviderExceptions.Sqlite(int.Parse(code, System.Globalization.CultureInfo.InvariantCulture), int.Parse(code, System.Globalization.CultureInfo.InvariantCulture)),
        };
    }
}
