using Formulate.Web.Components.Letters;
using Formulate.Web.Letters;
using Formulate.Web.Method;

namespace Formulate.Web.Pdf;

/// <summary>The PDFs Formulate produces: each an HTML template rendered on the server and printed by Chromium.</summary>
public sealed class DocumentPrinter(ComponentHtml html, PdfPrinter printer, ILogger<DocumentPrinter> logger)
{
    public const string LetterNotPrinted = "The letter could not be printed. Try again later, and tell IT support if it keeps happening";

    /// <summary>The letter's PDF, or null when Chromium could not print it; the failure is logged.</summary>
    public async Task<byte[]?> TryLetterAsync(Letter letter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(letter);
        try
        {
            return await LetterAsync(letter, cancellationToken);
        }
        catch (Exception error) when (error is Microsoft.Playwright.PlaywrightException or TimeoutException)
        {
            WebLog.LetterNotPrinted(logger, error, letter.CaseReference);
            return null;
        }
    }

    public async Task<byte[]> LetterAsync(Letter letter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var page = await html.RenderAsync<LetterPrint>(new Dictionary<string, object?> { [nameof(LetterPrint.Letter)] = letter });
        return await printer.PrintAsync(page, cancellationToken);
    }

    public async Task<byte[]> MethodAsync(MethodDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var page = await html.RenderAsync<MethodPrint>(new Dictionary<string, object?> { [nameof(MethodPrint.Document)] = document });
        return await printer.PrintAsync(page, cancellationToken);
    }
}
