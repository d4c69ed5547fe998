using System.Text;
using Formulate.Web.Security;

namespace Formulate.Web.Accuracy;

/// <summary>Files the accuracy pages offer: the sample template.</summary>
internal static class AccuracyDownloads
{
    public static IEndpointRouteBuilder MapAccuracyDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/accuracy/template.csv", (AccuracyRuns runs) =>
                Results.File(Encoding.UTF8.GetBytes(SampleTemplate.Write(runs.Definition)), "text/csv; charset=utf-8", "formulate-accuracy-sample-template.csv"))
            .RequireAuthorization(Policies.Analysis)
            .ExcludeFromDescription();
        return app;
    }
}
