using Formulate.Analysis.Accuracy;
using Formulate.Data;
using Formulate.Data.Entities;
using Formulate.Engine.Defaults;
using Formulate.Engine.Parameters;
using Formulate.Tests.Accuracy;
using Formulate.Tests.Data.Infrastructure;
using Formulate.Tests.Web.Support;
using Formulate.Web.Accuracy;
using Formulate.Web.Configuration;
using Formulate.Web.Reproducibility;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Formulate.Tests.Web.Accuracy;

public sealed class ToleranceSettingTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(FixedTimeProvider.DefaultNow.UtcDateTime);

    [Fact]
    public async Task Report_CouncilPublishesANarrowerTolerance_UsedAtOnceAndFindsMoreOutliers()
    {
        using var factory = new FormulateWebFactory();
        var runs = factory.Services.GetRequiredService<AccuracyRuns>();
        var sample = SyntheticSample.Generate(SampleFormat.MinRows, 12);
        runs.DefaultTolerance.ShouldBe(25m, "the demo council's configuration sets 25%");
        var before = runs.Report(sample);

        var drafts = factory.Services.GetRequiredService<ConfigurationDrafts>();
        var draft = (await drafts.EditAsync(ParameterSetKind.Configuration, set => ParameterSetEdits.WithValue(set, AccuracyRuns.ToleranceKey, Today, 10m, "Tighter band"), "demo.config")).Version!;
        (await factory.Services.GetRequiredService<ParameterVersions>().PublishAsync(draft.Id, Today, "demo.config")).Succeeded.ShouldBeTrue();
        var after = runs.Report(sample);

        runs.DefaultTolerance.ShouldBe(10m);
        before.TolerancePercent.ShouldBe(25m);
        after.TolerancePercent.ShouldBe(10m);
        after.Outliers.Count.ShouldBeGreaterThan(before.Outliers.Count);
        runs.Report(sample, 40m).TolerancePercent.ShouldBe(40m, "an analyst's own tolerance through the API still wins");
    }

    [Fact]
    public void DefaultTolerance_ConfigurationWithoutTheSetting_FallsBackToTheApplicationSetting()
    {
        var shipped = DefaultDefinitions.Definition;
        var configuration = shipped.Configuration with { Parameters = [.. shipped.Configuration.Parameters.Where(p => p.Key != AccuracyRuns.ToleranceKey)] };
        var registry = new EngineRegistry([shipped with { Configuration = configuration }]);
        var runs = new AccuracyRuns(registry, new FixedTimeProvider(), Options.Create(new AccuracyOptions { TolerancePercent = 15m }));

        runs.DefaultTolerance.ShouldBe(15m);
        runs.Report(SyntheticSample.Generate(SampleFormat.MinRows, 12)).TolerancePercent.ShouldBe(15m);
    }

    [Fact]
    public async Task Start_InstallationThatPublishedTheConfigurationBeforeTheBand_KeepsItInForceAndUsesTheSetting()
    {
        using var earlier = new FormulateWebFactory();
        var shipped = DefaultDefinitions.Definition.Configuration;
        var before = shipped with { Version = "2025.1", Parameters = [.. shipped.Parameters.Where(p => p.Key != AccuracyRuns.ToleranceKey)] };
        await using (var context = await earlier.Services.GetRequiredService<IDbContextFactory<FormulateDbContext>>().CreateDbContextAsync())
        {
            // As an installation from before the band has it; the app itself never rewrites a published version.
            var json = ParameterSetWriter.ToJson(before);
            (await context.ParameterSetVersions
                .Where(v => v.Kind == ParameterSetKind.Configuration && v.Status == ParameterVersionStatus.Published)
                .ExecuteUpdateAsync(set => set.SetProperty(v => v.SetVersion, before.Version).SetProperty(v => v.Json, json))).ShouldBe(1);
        }

        using var upgraded = new FormulateWebFactory(settings: new Dictionary<string, string?>
        {
            ["Formulate:Data:ConnectionString"] = $"Data Source={earlier.DatabasePath}",
            ["Formulate:DataProtection:KeyDirectory"] = earlier.KeyDirectory,
            ["Formulate:Accuracy:TolerancePercent"] = "15",
        });

        upgraded.Services.GetRequiredService<EngineRegistry>().InForceOn(ParameterSetKind.Configuration, Today).Stamp.ShouldBe("demo-council@2025.1");
        upgraded.Services.GetRequiredService<AccuracyRuns>().DefaultTolerance.ShouldBe(15m);
    }
}
