using System.Text;
using Formulate.Data.Audit;
using Formulate.Web.Security;

namespace Formulate.Web.Audit;

/// <summary>
/// The audit log's CSV export. Read-only by design: there is no endpoint that changes or
/// removes an audit entry, and the data layer refuses such changes anyway.
/// </summary>
public static class AuditEndpoints
{
    public const string ExportPath = "/audit/export.csv";

    public static IEndpointRouteBuilder MapAuditExport(this IEndpointRouteBuilder app)
    {
        app.MapGet(ExportPath, ExportAsync).RequireAuthorization(Policies.Auditor).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ExportAsync(
        AuditLog log, string? caseReference, string? user, string? action, string? from, string? to, CancellationToken cancellationToken)
    {
        if (AuditQueryString.DateError(from, to) is { } error)
        {
            // Exporting the whole log instead would look like an answer to the dates asked for.
            return Results.Text(error.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        var rows = await log.SearchAsync(AuditQueryString.Read(caseReference, user, action, from, to), cancellationToken);
        return Results.File(Encoding.UTF8.GetBytes(AuditCsv.Write(rows)), "text/csv; charset=utf-8", "formulate-audit-log.csv");
    }
}
