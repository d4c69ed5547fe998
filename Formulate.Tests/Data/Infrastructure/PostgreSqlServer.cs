using System.Diagnostics;
using Formulate.Data;
using Npgsql;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Formulate.Tests.Data.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL 15 server of our own: a temporary directory, loopback only, a free
/// high port, never another server's data. Started once for each collection that shares one.
/// PostgreSQL refuses to run as root, so as root the server runs as the postgres user.
/// </summary>
public sealed class PostgreSqlServer(IMessageSink diagnostics) : ITestDatabaseHost, IAsyncLifetime
{
    private const string BinDirectory = "/usr/lib/postgresql/15/bin";
    private const string DescribeSql = """
        SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type
               || coalesce('(' || character_maximum_length || ')', '')
               || coalesce('(' || numeric_precision || ',' || numeric_scale || ')', '')
               || ' nullable=' || is_nullable || coalesce(' default=' || column_default, '')
          FROM information_schema.columns WHERE table_schema = 'public'
        UNION ALL
        SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
        UNION ALL
        SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
          FROM pg_constraint WHERE connamespace = 'public'::regnamespace
        """;

    private const string TemplateDatabase = "formulate_template";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);
    private Lazy<Task> _template = new(() => throw new InvalidOperationException("The PostgreSQL test server has not started."));
    private string _root = "";
    private int _port;

    public DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    private string DataDirectory => Path.Combine(_root, "data");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Path.Combine(BinDirectory, "initdb")))
        {
            throw new InvalidOperationException(
                $"PostgreSQL 15 is not installed ({BinDirectory}/initdb is missing). " +
                "Run scripts/test.sh, which installs it, or: apt-get install -y postgresql");
        }

        var stopwatch = Stopwatch.StartNew();
        _root = Directory.CreateTempSubdirectory("formulate-pg-").FullName;
        if (Environment.IsPrivilegedProcess)
        {
            await ProcessRunner.RunAsync("chown", ["postgres:postgres", _root], CommandTimeout);
        }

        _port = LoopbackPort.Free();
        _template = new Lazy<Task>(MakeTemplateAsync, LazyThreadSafetyMode.ExecutionAndPublication);
        await RunPostgresToolAsync("initdb", "-D", DataDirectory, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync");
        await StartAsync();
        diagnostics.OnMessage(new DiagnosticMessage($"PostgreSQL test server on port {_port} ready in {stopwatch.ElapsedMilliseconds} ms"));
    }

    public int Port => _port;

    /// <summary>A directory the server's own user may write to, for dumps.</summary>
    public string WorkDirectory => _root;

    /// <summary>Starts the server again on the same port and data, after <see cref="StopAsync"/>.</summary>
    public Task StartAsync() =>
        // Durability is pointless for a throwaway server and costs seconds per test run.
        RunPostgresToolAsync(
            "pg_ctl", "-D", DataDirectory,
            "-o", $"-p {_port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
            "-l", Path.Combine(_root, "log"), "-w", "start");

    /// <summary>Stops the server at once, cutting every open connection, as an outage would.</summary>
    public Task StopAsync() => RunPostgresToolAsync("pg_ctl", "-D", DataDirectory, "-m", "fast", "-w", "stop");

    /// <summary>Runs one of PostgreSQL's own programs (pg_dump, pg_restore, createdb) as the server's user.</summary>
    public static Task RunToolAsync(string tool, params string[] arguments) => RunPostgresToolAsync(tool, arguments);

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (Directory.Exists(DataDirectory))
        {
            await RunPostgresToolAsync("pg_ctl", "-D", DataDirectory, "-m", "fast", "-w", "stop");
        }

        if (_root.Length > 0)
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    public string NewDatabaseConnectionString() => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = _port,
        Username = "postgres",
        Database = $"formulate_test_{Guid.NewGuid():N}",
    }.ToString();

    public async Task CreateFromTemplateAsync(string connectionString)
    {
        await _template.Value;
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var connection = new NpgsqlConnection(AdminConnectionString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE \"{database}\" TEMPLATE {TemplateDatabase}";
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Made once per server, by the first test to ask. A database copied from must have no open connections, so the
    /// pool's connections to the template are closed as soon as it is made.
    /// </summary>
    private async Task MakeTemplateAsync()
    {
        var template = new NpgsqlConnectionStringBuilder(NewDatabaseConnectionString()) { Database = TemplateDatabase }.ToString();
        await TestDatabase.InitializeTemplateAsync(DatabaseProvider.PostgreSql, template);
        await using var pooled = new NpgsqlConnection(template);
        NpgsqlConnection.ClearPool(pooled);
    }

    private string AdminConnectionString() =>
        new NpgsqlConnectionStringBuilder(NewDatabaseConnectionString()) { Database = "postgres", Pooling = false }.ToString();

    /// <summary>
    /// A role that may create databases and must sign in with <paramref name="password"/> (every
    /// other role keeps signing in without one).
    /// </summary>
    public async Task CreateRoleWithPasswordAsync(string role, string password)
    {
        var admin = new NpgsqlConnectionStringBuilder(NewDatabaseConnectionString()) { Database = "postgres", Pooling = false };
        await using (var connection = new NpgsqlConnection(admin.ToString()))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE ROLE \"{role}\" LOGIN CREATEDB PASSWORD '{password}'";
            await command.ExecuteNonQueryAsync();
        }

        // The first matching line wins: this role's passwords are checked before the trust lines initdb wrote.
        var rules = Path.Combine(DataDirectory, "pg_hba.conf");
        await File.WriteAllTextAsync(rules, $"host all {role} 127.0.0.1/32 scram-sha-256\n" + await File.ReadAllTextAsync(rules));
        await RunPostgresToolAsync("pg_ctl", "-D", DataDirectory, "reload");
    }

    public async Task<IReadOnlyList<string>> DescribeSchemaAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = DescribeSql;
        return await SchemaLines.ReadAsync(command);
    }

    public async Task DropDatabaseAsync(string connectionString)
    {
        // Closed first, rather than left for DROP DATABASE to end: it waits a tenth of a second for ended connections to go.
        await using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
        await command.ExecuteNonQueryAsync();
    }

    private static Task RunPostgresToolAsync(string tool, params string[] arguments)
    {
        var path = Path.Combine(BinDirectory, tool);
        return Environment.IsPrivilegedProcess
            ? ProcessRunner.RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments], CommandTimeout)
            : ProcessRunner.RunAsync(path, arguments, CommandTimeout);
    }
}
