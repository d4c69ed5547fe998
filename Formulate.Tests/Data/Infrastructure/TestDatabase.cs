using Formulate.Data;
using Formulate.Data.Estimates;
using Formulate.Data.Profiles;
using Formulate.Data.Protection;
using Formulate.Data.Schema;
using Formulate.Tests.Data.Builders;
using Formulate.Tests.Data.SqlServer;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Data.Infrastructure;

/// <summary>
/// A fresh, empty database for one test, wired exactly as the app wires it. Each call to
/// <see cref="CreateServices"/> is one start of the app against the same database. Personal data is stored as typed
/// unless the database is made with <paramref name="protectPersonalData"/>, when it is protected as the web app protects it.
/// </summary>
public sealed class TestDatabase(ITestDatabaseHost host, bool protectPersonalData = false) : IAsyncDisposable
{
    private readonly TestPersonalDataProtector _protector = new();
    private readonly List<ServiceProvider> _providers = [];
    private ServiceProvider? _services;

    public ITestDatabaseHost Host { get; } = host;

    public string ConnectionString { get; } = host.NewDatabaseConnectionString();

    public FixedTimeProvider Time { get; } = new();

    public IServiceProvider Services => _services ??= CreateServices(seedDemoData: false);

    public IDbContextFactory<FormulateDbContext> Contexts => Services.GetRequiredService<IDbContextFactory<FormulateDbContext>>();

    public NeedsProfileStore Profiles => Services.GetRequiredService<NeedsProfileStore>();

    public EstimateSnapshotStore Estimates => Services.GetRequiredService<EstimateSnapshotStore>();

    public ServiceProvider CreateServices(bool seedDemoData) => CreateServices(seedDemoData, protectPersonalData);

    /// <param name="protect">Whether this start of the app protects personal data: false is a release from before it did.</param>
    public ServiceProvider CreateServices(bool seedDemoData, bool protect)
    {
        var provider = BuildServices(Host.Provider, ConnectionString, Time, seedDemoData, protect ? _protector : null);
        _providers.Add(provider);
        return provider;
    }

    /// <summary>Starts the app on this database, as every start does: brings it to the current schema and prepares it.</summary>
    public Task<DatabaseInitializationResult> InitializeAsync(bool seedDemoData = false) =>
        CreateServices(seedDemoData).GetRequiredService<IFormulateDatabaseInitializer>().InitializeAsync();

    /// <summary>
    /// The database as the app's first start leaves it, without demo data, made by copying the host's template (migrated
    /// once per test run) rather than migrating afresh. With personal data protected the app then starts on the copy,
    /// so that the database gets a lookup key protected with this test's keys. Tests of migrating and starting itself
    /// use <see cref="InitializeAsync"/> on a database that does not yet exist.
    /// </summary>
    public async Task CreateAtCurrentSchemaAsync()
    {
        await Host.CreateFromTemplateAsync(ConnectionString);
        if (protectPersonalData)
        {
            await InitializeAsync();
        }
    }

    /// <summary>Makes a host's template: one first start of the app, without demo data, on a database nothing else uses.</summary>
    internal static async Task InitializeTemplateAsync(DatabaseProvider provider, string connectionString)
    {
        await using var services = BuildServices(provider, connectionString, new FixedTimeProvider(), seedDemoData: false, protector: null);
        await services.GetRequiredService<IFormulateDatabaseInitializer>().InitializeAsync();
    }

    private static ServiceProvider BuildServices(
        DatabaseProvider provider, string connectionString, TimeProvider time, bool seedDemoData, IPersonalDataProtector? protector)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Formulate:Data:Provider"] = provider.ToString(),
                ["Formulate:Data:ConnectionString"] = connectionString,
                ["Formulate:Data:SeedDemoData"] = seedDemoData.ToString(),
            })
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(time)
            .HashCheaply()
            .AddFormulateData(configuration);
        services.ConfigureDbContext<FormulateDbContext>(builder => builder.ReplaceService<IAsyncQueryProvider, SqlServerCheckingQueryProvider>());
        if (protector is not null)
        {
            services.AddSingleton(protector);
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public FormulateDbContext CreateContext() => Contexts.CreateDbContext();

    /// <summary>A stored person with a new draft Needs Profile, for tests that edit one.</summary>
    public async Task<Guid> AddDraftProfileAsync(string userName)
    {
        var person = new PersonBuilder().Build();
        await using (var context = CreateContext())
        {
            context.Add(person);
            await context.SaveChangesAsync();
        }

        return (await Profiles.CreateAsync(person.Id, new DateOnly(2026, 11, 22), "2025.1", userName)).Id;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        await Host.DropDatabaseAsync(ConnectionString);
    }
}
