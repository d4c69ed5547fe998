using Formulate.Web.Components.Letters;
using Formulate.Web.Letters;
using Formulate.Web.Method;

namespace Formulate.Web.Pdf;

/// <summary>The PDFs Formulate produces: each an HTML template rendered on the server and printed by Chromium.</summary>
public sealed class DocumentPrinter(ComponentHtml html, PdfPrinter printer)
{
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
