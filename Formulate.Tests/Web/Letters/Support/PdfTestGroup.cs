namespace Formulate.Tests.Web.Letters.Support;

// Printing runs Chromium; one at a time so that other suites keep their share of the two cores.
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PdfTestGroup : ICollectionFixture<PdfPrinterFixture>
{
    public const string Name = "Pdf";
}
