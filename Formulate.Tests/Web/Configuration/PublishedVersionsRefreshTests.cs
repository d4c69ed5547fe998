using Formulate.Data.Parameters;
using Formulate.Engine.Parameters;
using Formulate.Tests.Web.Support;
using Formulate.Web.Configuration;
using Formulate.Web.Reproducibility;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Configuration;

public sealed class PublishedVersionsRefreshTests
{
    [Fact]
    public async Task VersionPublishedThroughAnotherInstance_IsRegisteredHereWithoutARestart()
    {
        using var factory = new FormulateWebFactory(new Dictionary<string, string?> { ["Formulate:PublishedVersions:RefreshSeconds"] = "1" });
        var registry = factory.Services.GetRequiredService<EngineRegistry>();
        var april = new DateOnly(2027, 4, 1);
        var draft = (await factory.Services.GetRequiredService<ConfigurationDrafts>()
            .EditAsync(ParameterSetKind.Configuration, set => ParameterSetEdits.WithValue(set, "rate.home_care", april, 30m, "Test"), "demo.config")).Version!;

        // Straight to the database, as another instance's publishing would be, so this instance's registry is not told.
        (await factory.Services.GetRequiredService<ParameterVersionStore>().PublishAsync(draft.Id, april, "demo.config")).Succeeded.ShouldBeTrue();
        var published = ParameterVersionStore.Read((await factory.Services.GetRequiredService<ParameterVersionStore>().ListPublishedAsync()).Single(v => v.Id == draft.Id));

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!Registered(registry, published) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Registered(registry, published).ShouldBeTrue();
        registry.InForceOn(ParameterSetKind.Configuration, april).Find("rate.home_care")!.At(april)!.Value.ShouldBe(30m);
    }

    [Fact]
    public async Task LoadPublishedAsync_NothingNewlyPublished_ReadsOnlyTheIdsOfPublishedVersions()
    {
        var queries = new RecordedQueries();
        using var factory = new FormulateWebFactory(new Dictionary<string, string?>(),
            services => services.ConfigureDbContext<Formulate.Data.FormulateDbContext>((_, options) => options.AddInterceptors(queries)));
        var versions = factory.Services.GetRequiredService<ParameterVersions>();
        queries.Clear();

        (await versions.LoadPublishedAsync()).ShouldBe(0);

        // Every few seconds on every instance: the whole parameter sets must not be read again each time.
        var query = queries.Queries.ShouldHaveSingleItem();
        query.ShouldContain("FROM \"ParameterSetVersions\"");
        query.ShouldNotContain("\"Json\"");
    }

    private static bool Registered(EngineRegistry registry, ParameterSet published) =>
        registry.Published(ParameterSetKind.Configuration).Any(layer => layer.Set.Stamp == published.Stamp);
}
