using System.Text;
using Formulate.Analysis.Benchmarking;
using Formulate.Data.Parameters;
using Formulate.Data.Time;
using Formulate.Engine.Json;
using Formulate.Engine.Parameters;
using Formulate.Engine.Text;
using Formulate.Web.Security;

namespace Formulate.Web.Configuration;

/// <summary>Downloads for configuration managers: a version as the JSON Formulate loads, and the council's own benchmarking file.</summary>
public static class ConfigurationEndpoints
{
    public static IEndpointRouteBuilder MapConfigurationDownloads(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/configuration/versions/{kind}/{id:guid}/export.json", ExportVersionAsync).RequireAuthorization(Policies.Configuration);
        endpoints.MapGet("/configuration/benchmarking/export.json", ExportBenchmark).RequireAuthorization(Policies.Analysis);
        return endpoints;
    }

    private static async Task<IResult> ExportVersionAsync(string kind, Guid id, ParameterVersionStore store, CancellationToken cancellationToken)
    {
        var version = await store.FindAsync(id, cancellationToken);
        if (version is null || ParameterSetKindNames.FromSlug(kind) != version.Kind)
        {
            return Results.NotFound();
        }

        return Results.File(Encoding.UTF8.GetBytes(version.Json), "application/json", $"{version.SetId}-{version.SetVersion}.json");
    }

    private static IResult ExportBenchmark(Reproducibility.EngineRegistry engines, TimeProvider time)
    {
        var today = UkTime.Today(time);
        var configuration = engines.InForceOn(ParameterSetKind.Configuration, today);
        var council = configuration.Council;
        if (council?.DeprivationDecile is not { } decile || council.RegionType is not { } region)
        {
            return Results.Problem(
                title: "The council's deprivation decile and region type are not set",
                detail: "Set them on the council details page and publish the configuration, then export again.",
                statusCode: StatusCodes.Status409Conflict);
        }

        var dataset = BenchmarkExport.Dataset(configuration, today, council.Name, decile, region);
        return Results.File(Encoding.UTF8.GetBytes(FormulateJson.Serialize(dataset, indented: true)), "application/json", $"benchmark-{configuration.Id}-{UkFormat.IsoDate(today)}.json");
    }
}
