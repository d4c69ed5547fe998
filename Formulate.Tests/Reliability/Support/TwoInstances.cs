using System.Net;
using Formulate.Tests.Browser.Support;
using Formulate.Tests.Data.Infrastructure;
using Formulate.Tests.Web.Support;

namespace Formulate.Tests.Reliability.Support;

/// <summary>
/// Two instances of the app on Kestrel, on loopback ports of their own, sharing one PostgreSQL database and nothing
/// else: each has its own key directory (none on disk), as two servers behind a load balancer would.
/// </summary>
internal sealed class TwoInstances : IAsyncDisposable
{
    /// <summary>How often each instance looks for versions published through the other, shortened for the tests.</summary>
    public const int RefreshSeconds = 1;

    private readonly PostgreSqlServer _server;
    private readonly string _connectionString;

    private TwoInstances(PostgreSqlServer server, string connectionString, FormulateAppFactory first, FormulateAppFactory second)
    {
        _server = server;
        _connectionString = connectionString;
        First = first;
        Second = second;
    }

    public FormulateAppFactory First { get; }

    public FormulateAppFactory Second { get; }

    /// <summary>Starts the first instance on a new database, then the second.</summary>
    public static async Task<TwoInstances> StartAsync(PostgreSqlServer server)
    {
        var connectionString = server.NewDatabaseConnectionString();
        await server.CreateFromTemplateAsync(connectionString);
        var first = StartInstance(connectionString);
        var second = StartInstance(connectionString);
        return new TwoInstances(server, connectionString, first, second);
    }

    /// <summary>
    /// A browser behind a load balancer: one cookie jar, its requests sent to <paramref name="instance"/>. Cookies are
    /// kept per host, not per port, so sessions on both instances share the jar.
    /// </summary>
    public static WebSession Browser(FormulateAppFactory instance, CookieContainer cookies) =>
        new(new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = instance.BaseAddress });

    public async ValueTask DisposeAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
        await _server.DropDatabaseAsync(_connectionString);
    }

    /// <summary>One instance on the database, with its keys in it and no key directory of its own.</summary>
    public static FormulateAppFactory StartInstance(string connectionString)
    {
        var app = new FormulateAppFactory(new Dictionary<string, string?>(SharedKeys.InDatabase(SharedKeys.NoKeyDirectory()))
        {
            ["Formulate:Data:Provider"] = "PostgreSql",
            ["Formulate:Data:ConnectionString"] = connectionString,
            ["Formulate:PublishedVersions:RefreshSeconds"] = RefreshSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        app.StartServer();
        return app;
    }
}
