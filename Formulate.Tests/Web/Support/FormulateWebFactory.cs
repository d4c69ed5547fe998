using Formulate.Tests.Data.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Support;

/// <summary>The whole web app in memory, on its own SQLite file, with a clock the test moves.</summary>
public sealed class FormulateWebFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "formulate-web-" + Guid.NewGuid().ToString("N"));
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public FormulateWebFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <remarks>Internal: a class fixture may have only one public constructor.</remarks>
    internal FormulateWebFactory(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        _settings = settings;
        _services = services;
        Directory.CreateDirectory(_directory);
    }

    public FixedTimeProvider Clock { get; } = new();

    /// <summary>Where this app keeps the keys that protect names and addresses: beside, never inside, its database.</summary>
    public string KeyDirectory => Path.Combine(_directory, "keys");

    public string DatabasePath => Path.Combine(_directory, "formulate.db");

    public WebSession NewSession() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Formulate:Data:ConnectionString", $"Data Source={Path.Combine(_directory, "formulate.db")}");
        // Tests sign in far more often than a person could; the rate limit tests set their own limit.
        builder.UseSetting("Formulate:RateLimits:SignInAttemptsPerMinute", "100000");
        builder.UseSetting("Formulate:DataProtection:KeyDirectory", KeyDirectory);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.HashCheaply();
            _services?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary file left behind does no harm.
        }
    }
}
