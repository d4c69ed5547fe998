namespace Formulate.Tests.Web.Letters.Support;

// Printing runs Chromium; the letters share one printer.
[CollectionDefinition(Name)]
public sealed class PdfTestGroup : ICollectionFixture<PdfPrinterFixture>
{
    public const string Name = "Pdf";
}
