using System.ComponentModel.DataAnnotations;

namespace Formulate.Web.Pdf;

/// <summary>Settings under <c>Formulate:Pdf</c>: which Chromium prints letters and documents.</summary>
public sealed class PdfOptions
{
    public const string Section = "Formulate:Pdf";

    /// <summary>The system Chromium; Playwright's own browser download is not used.</summary>
    [Required]
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>How long one document may take to print.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 60;
}
