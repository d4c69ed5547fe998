using System.Text;

namespace Formulate.Web.Accuracy;

/// <summary>Turns an uploaded file's bytes into text, refusing anything that is not UTF-8 rather than guessing.</summary>
public static class SampleText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public const string NotUtf8 = "The file is not UTF-8 text. In Excel, choose Save As and then \"CSV UTF-8 (Comma delimited)\".";

    /// <returns>The text, or null when the bytes are not valid UTF-8 or hold a NUL character (a spreadsheet saved in a binary format).</returns>
    public static string? Decode(ReadOnlySpan<byte> bytes)
    {
        try
        {
            var text = Strict.GetString(bytes);
            return text.Contains('\0', StringComparison.Ordinal) ? null : text;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
