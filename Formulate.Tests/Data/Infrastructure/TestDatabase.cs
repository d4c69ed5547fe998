using Formulate.Data;
using Formulate.Data.Estimates;
using Formulate.Data.Profiles;
using Formulate.Data.Protection;
using Formulate.Data.Schema;
using Formulate.Tests.Data.Builders;
using Microsoft.EntityFrameworkCore;
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
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Formulate:Data:Provider"] = Host.Provider.ToString(),
                ["Formulate:Data:ConnectionString"] = ConnectionString,
                ["Formulate:Data:SeedDemoData"] = seedDemoData.ToString(),
            })
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(Time)
            .HashCheaply()
            .AddFormulateData(configuration);
        if (protect)
        {
            services.AddSingleton<IPersonalDataProtector>(_protector);
        }

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _providers.Add(provider);
        return provider;
    }

    public Task<DatabaseInitializationResult> InitializeAsync(bool seedDemoData = false) =>
        CreateServices(seedDemoData).GetRequiredService<IFormulateDatabaseInitializer>().InitializeAsync();

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
