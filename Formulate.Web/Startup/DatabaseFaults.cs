using Formulate.Data.Resilience;
using Formulate.Data.Schema;
using Formulate.Data;
using Formulate.Engine.Text;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Formulate.Web.Startup;

/// <summary>Says, for whoever runs Formulate, what a fault met while preparing the database means and how to put it right.</summary>
internal static class DatabaseFaults
{
    private const string ConnectionSetting = FormulateDataOptions.SectionName + ":ConnectionString";

    /// <summary>What the fault means and how to put it right, or null when it is not one foreseen here.</summary>
    public static CannotStartException? Explain(Exception exception, FormulateDataOptions data)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(data);
        return ExceptionChain.Find<NewerSchemaException>(exception) is { } newer
                ? new CannotStartException($"{newer.Message} Until then Formulate will not use this database.")
            : ExceptionChain.Find<DamagedDatabaseException>(exception) is { } damaged
                ? Damaged(data, damaged.Damage)
            : ExceptionChain.Find<SqliteException>(exception) is { } sqlite
                ? Explain(sqlite, data)
            : ExceptionChain.Find<PostgresException>(exception) is { } postgres
                ? Explain(postgres, data)
            : null;
    }

    /// <summary>When the database could not be reached for as long as Formulate waits.</summary>
    public static CannotStartException Unreachable(FormulateDataOptions data, double triedSeconds, string reason) =>
        new($"The database at {Describe(data)} could not be reached in {triedSeconds.ToString("0.##", UkFormat.Culture)} seconds of trying ({reason}). " +
            $"Check that the database server is running and that the host and port in {ConnectionSetting} are right; " +
            $"{DatabaseStartupOptions.Section}:GiveUpAfterSeconds sets how long Formulate keeps trying.");

    private static CannotStartException? Explain(SqliteException exception, FormulateDataOptions data)
    {
        var file = SqliteFile(data);
        return exception.SqliteErrorCode switch
        {
            SqliteResultCodes.NotADatabase => new CannotStartException(
                $"The file {file} is not a SQLite database, or is damaged beyond reading ({Reason(exception)}). " +
                $"Restore it from its latest backup, or set {ConnectionSetting} to the right file."),
            SqliteResultCodes.Corrupt => Damaged(data, Reason(exception)),
            SqliteResultCodes.CannotOpen or SqliteResultCodes.ReadOnly or SqliteResultCodes.IoError => new CannotStartException(
                $"Formulate cannot create or write the SQLite database {file} ({Reason(exception)}). " +
                $"Let the account Formulate runs as write to the file and its folder {Path.GetDirectoryName(file)}, " +
                $"or set {ConnectionSetting} to a file in a folder it can write."),
            SqliteResultCodes.Full => new CannotStartException(
                $"The disk holding the SQLite database {file} is full. Free some space, then start Formulate again."),
            _ => null,
        };
    }

    private static CannotStartException? Explain(PostgresException exception, FormulateDataOptions data) =>
        exception.SqlState switch
        {
            // Class 28: the server refused the user name or password.
            ['2', '8', ..] => new CannotStartException(
                $"PostgreSQL at {Describe(data)} refused to sign Formulate in as '{User(data)}' ({exception.MessageText.TrimEnd('.')}). " +
                $"Set the right Username and Password in {ConnectionSetting}."),
            "42501" => new CannotStartException(
                $"PostgreSQL user '{User(data)}' may not do what Formulate needs ({exception.MessageText.TrimEnd('.')}). " +
                "Make that user the owner of Formulate's database, or give it the right to create it."),
            _ => null,
        };

    private static CannotStartException Damaged(FormulateDataOptions data, string damage) =>
        new($"The SQLite database {SqliteFile(data)} is damaged ({damage}). " +
            "Stop Formulate and restore the file from its latest backup; do not keep using the damaged copy.");

    /// <summary>The innermost message, without its full stop, to quote inside a sentence.</summary>
    internal static string Reason(Exception exception) => exception.GetBaseException().Message.TrimEnd('.');

    private static string Describe(FormulateDataOptions data) => data.Provider switch
    {
        DatabaseProvider.Sqlite => SqliteFile(data),
        DatabaseProvider.SqlServer => new SqlConnectionStringBuilder(data.ConnectionString).DataSource,
        _ => PostgreSqlServer(data),
    };

    private static string SqliteFile(FormulateDataOptions data) =>
        Path.GetFullPath(new SqliteConnectionStringBuilder(data.ConnectionString).DataSource);

    private static string PostgreSqlServer(FormulateDataOptions data)
    {
        var connection = new NpgsqlConnectionStringBuilder(data.ConnectionString);
        return $"{connection.Host}:{connection.Port}";
    }

    private static string User(FormulateDataOptions data) => new NpgsqlConnectionStringBuilder(data.ConnectionString).Username ?? "";
}
