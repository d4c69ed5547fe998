using Formulate.Web.Pdf;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Formulate.Tests.Web.Letters.Support;

/// <summary>One printer (one Chromium) shared by the PDF tests, as the app shares one.</summary>
public sealed class PdfPrinterFixture : IAsyncLifetime
{
    private ServiceProvider? _services;

    public PdfPrinter Printer { get; private set; } = default!;

    public DocumentPrinter Documents { get; private set; } = default!;

    public Task InitializeAsync()
    {
        _services = new ServiceCollection().AddLogging().BuildServiceProvider();
        Printer = new PdfPrinter(Options.Create(new PdfOptions()), NullLogger<PdfPrinter>.Instance);
        Documents = new DocumentPrinter(new ComponentHtml(_services.GetRequiredService<IServiceScopeFactory>(), _services.GetRequiredService<ILoggerFactory>()), Printer, NullLogger<DocumentPrinter>.Instance);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Printer.DisposeAsync();
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }
}
