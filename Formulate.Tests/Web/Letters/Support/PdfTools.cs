using System.Diagnostics;

namespace Formulate.Tests.Web.Letters.Support;

/// <summary>Reads PDFs back with poppler-utils, as a person's PDF reader or screen reader would.</summary>
internal static class PdfTools
{
    public static async Task<string> TextAsync(byte[] pdf) => await RunAsync("pdftotext", pdf, "-");

    /// <summary>pdfinfo's "Key: value" lines, e.g. "Tagged" → "yes".</summary>
    public static async Task<IReadOnlyDictionary<string, string>> InfoAsync(byte[] pdf)
    {
        var output = await RunAsync("pdfinfo", pdf);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0].Trim())
            .ToDictionary(group => group.Key, group => group.First()[1].Trim());
    }

    /// <summary>Text with line breaks and runs of spaces made single spaces, so phrases can be found across lines.</summary>
    public static string Flatten(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t', '\f'], StringSplitOptions.RemoveEmptyEntries));

    private static async Task<string> RunAsync(string tool, byte[] pdf, params string[] after)
    {
        var path = Path.Combine(Path.GetTempPath(), $"formulate-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(path);
            foreach (var argument in after)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            process.ExitCode.ShouldBe(0, $"{tool} failed: {errors}");
            return output;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
