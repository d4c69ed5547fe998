using Formulate.Data;
using Formulate.Tests.Data.Infrastructure;
using Formulate.Tests.Data.SqlServer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Support;

/// <summary>
/// The whole web app in memory, on its own SQLite file, with a clock the test moves. The file starts as a copy of
/// <see cref="WebAppTemplate"/> (with its keys) when this app starts as the template's did: no setting of its own for
/// the database, its keys or the environment, and the clock not yet moved. Otherwise, or when made with
/// <see cref="WithFreshDatabase"/>, the app migrates and seeds a new file itself as it starts.
/// </summary>
public sealed class FormulateWebFactory : WebApplicationFactory<Program>
{
    private static readonly string[] SettingsTheTemplateLacks = ["Formulate:Data:", "Formulate:DataProtection:", "Formulate:Engine:", "environment"];

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "formulate-web-" + Guid.NewGuid().ToString("N"));
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly bool _freshDatabase;

    public FormulateWebFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <remarks>Internal: a class fixture may have only one public constructor.</remarks>
    internal FormulateWebFactory(
        IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null, bool freshDatabase = false)
    {
        _settings = settings;
        _services = services;
        _freshDatabase = freshDatabase;
        Directory.CreateDirectory(_directory);
    }

    /// <summary>An app that migrates and seeds its own new database as it starts, for tests of starting itself.</summary>
    public static FormulateWebFactory WithFreshDatabase(IReadOnlyDictionary<string, string?>? settings = null) =>
        new(settings ?? new Dictionary<string, string?>(), freshDatabase: true);

    public FixedTimeProvider Clock { get; } = new();

    /// <summary>Where this app keeps the keys that protect names and addresses: beside, never inside, its database.</summary>
    public string KeyDirectory => Path.Combine(_directory, "keys");

    public string DatabasePath => Path.Combine(_directory, "formulate.db");

    public WebSession NewSession() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Whether this app's start would leave its database and keys as the template's start left them.</summary>
    private bool StartsAsTheTemplateDid =>
        !_freshDatabase
        && Clock.Now == FixedTimeProvider.DefaultNow
        && !_settings.Keys.Any(key => SettingsTheTemplateLacks.Any(prefix => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Also called for an app made from this one (WithWebHostBuilder), which shares its database: copied only once.
        if (StartsAsTheTemplateDid && !File.Exists(DatabasePath))
        {
            WebAppTemplate.CopyTo(DatabasePath, KeyDirectory);
        }

        builder.UseSetting("Formulate:Data:ConnectionString", $"Data Source={DatabasePath}");
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
            // Every query the app runs in a test is also translated for SQL Server, which no test machine has.
            services.ConfigureDbContext<FormulateDbContext>(options => options.ReplaceService<IAsyncQueryProvider, SqlServerCheckingQueryProvider>());
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
