using Formulate.Web.Method;
using Formulate.Web.Pdf;
using Formulate.Web.Reproducibility;
using Formulate.Web.Security;

namespace Formulate.Web.Letters;

/// <summary>The PDF downloads: a person's letter, a batch of letters, and the method document.</summary>
public static class LetterEndpoints
{
    public static IEndpointRouteBuilder MapFormulateDocuments(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/people/{personId:guid}/letter.pdf", LetterAsync).RequireAuthorization(Policies.Letters);
        endpoints.MapGet("/letters/batches/{batchId:guid}.zip", Batch).RequireAuthorization(Policies.Letters);
        endpoints.MapGet("/method.pdf", MethodAsync);
        return endpoints;
    }

    private static async Task<IResult> LetterAsync(
        Guid personId, HttpContext context, LetterService letters, DocumentPrinter printer, CancellationToken cancellationToken)
    {
        var composed = await letters.ComposeAsync(context.User, personId, cancellationToken: cancellationToken);
        if (composed.Value is not { } outcome)
        {
            return composed.Decision == CaseAccessDecision.Forbidden ? Results.Forbid() : Results.NotFound();
        }

        if (outcome.Letter is null)
        {
            // The preview page says the same, with a way to put it right; this answers a link followed anyway.
            return Results.Text(outcome.Problem, "text/plain; charset=utf-8", statusCode: StatusCodes.Status409Conflict);
        }

        return await printer.TryLetterAsync(outcome.Letter, cancellationToken) is { } pdf
            ? Results.File(pdf, "application/pdf", LetterBatchRunner.FileName(outcome.Letter, 1))
            : Results.Text(DocumentPrinter.LetterNotPrinted + ".", "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static IResult Batch(Guid batchId, HttpContext context, LetterBatchStore store)
    {
        var batch = store.Find(batchId, context.User.Identity?.Name ?? string.Empty);
        return batch is null ? Results.NotFound() : Results.File(batch.Zip, "application/zip", batch.FileName);
    }

    private static async Task<IResult> MethodAsync(EngineRegistry engines, TimeProvider time, DocumentPrinter printer, CancellationToken cancellationToken)
    {
        var pdf = await printer.MethodAsync(MethodDocumentBuilder.Build(engines.InForceToday(time).Definition), cancellationToken);
        return Results.File(pdf, "application/pdf", "how-estimates-are-worked-out.pdf");
    }
}
