using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Formulate.Tests.Data.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Formulate.Tests.Browser.Support;

/// <summary>The real app on Kestrel, on a free loopback port, with its own temporary SQLite database and the demo data.</summary>
public sealed class FormulateAppFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"formulate-browser-{Guid.NewGuid():N}.db");

    private readonly IReadOnlyDictionary<string, string?> _settings;

    public FormulateAppFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    public FormulateAppFactory(IReadOnlyDictionary<string, string?> settings)
    {
        _settings = settings;
        Port = LoopbackPort.Free();
        UseKestrel(Port);
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Formulate:Data:Provider", "Sqlite");
        builder.UseSetting("Formulate:Data:ConnectionString", $"Data Source={_databasePath}");
        builder.UseSetting("Formulate:Data:SeedDemoData", "true");
        builder.UseSetting("Formulate:RateLimits:SignInAttemptsPerMinute", "100000");
        builder.UseSetting("urls", BaseAddress.ToString());
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        // A test's app stops while its pages may still be open in Chromium; waiting the default 30 seconds for their
        // connections to close added half a minute to a test now and then, and proves nothing about the test.
        builder.ConfigureTestServices(services => services
            .HashCheaply()
            .Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(2)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}
