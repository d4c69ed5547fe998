using System.Globalization;
using System.Xml;

namespace Formulate.Engine.Parameters;

/// <summary>
/// The council's logo as the configuration keeps it: a PNG or SVG image of at most <see cref="MaxBytes"/>, written as a
/// base64 data URI so it travels in the configuration's JSON with everything else and needs no file store.
/// </summary>
public static class CouncilLogo
{
    /// <summary>Small enough to send with every staff page; a logo drawn for a web page's header is a few kilobytes.</summary>
    public const int MaxBytes = 100 * 1024;

    private const string PngPrefix = "data:image/png;base64,";
    private const string SvgPrefix = "data:image/svg+xml;base64,";

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The image as a data URI, or why it cannot be the logo.</summary>
    public static (string? DataUri, string? Problem) FromImage(byte[] image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.Length == 0)
        {
            return (null, "The chosen file is empty; choose the logo as a PNG or SVG image");
        }

        if (image.Length > MaxBytes)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"The logo must be {MaxBytes / 1024} KB or smaller; this one is {(image.Length + 1023) / 1024} KB"));
        }

        if (image.AsSpan().StartsWith(PngSignature))
        {
            return (PngPrefix + Convert.ToBase64String(image), null);
        }

        return IsSvg(image)
            ? (SvgPrefix + Convert.ToBase64String(image), null)
            : (null, "The logo must be a PNG or SVG image");
    }

    /// <summary>What is wrong with a logo read from a configuration, or null when it is a PNG or SVG data URI of the allowed size.</summary>
    public static string? Problem(string? logo)
    {
        if (logo is null)
        {
            return null;
        }

        var prefix = logo.StartsWith(PngPrefix, StringComparison.Ordinal) ? PngPrefix : logo.StartsWith(SvgPrefix, StringComparison.Ordinal) ? SvgPrefix : null;
        if (prefix is null)
        {
            return $"must be a PNG or SVG image written as a data URI starting {PngPrefix} or {SvgPrefix}";
        }

        byte[] image;
        try
        {
            image = Convert.FromBase64String(logo[prefix.Length..]);
        }
        catch (FormatException)
        {
            return "is not valid base64 after its data URI prefix";
        }

        var (dataUri, problem) = FromImage(image);
        return problem ?? (dataUri!.StartsWith(prefix, StringComparison.Ordinal) ? null : "holds an image of a different type than its data URI says");
    }

    /// <summary>A logo in a few words, for the review of a draft, where a data URI would fill the page.</summary>
    public static string? Describe(string? logo) =>
        logo is null ? null
        : logo.StartsWith(PngPrefix, StringComparison.Ordinal) ? Sized("PNG image", logo[PngPrefix.Length..])
        : logo.StartsWith(SvgPrefix, StringComparison.Ordinal) ? Sized("SVG image", logo[SvgPrefix.Length..])
        : "An image";

    private static string Sized(string kind, string base64) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind} of {(base64.Length / 4 * 3) - (base64.Length - base64.TrimEnd('=').Length):N0} bytes");

    // An SVG document whose root is <svg>; no DTD, so no entity expansion.
    private static bool IsSvg(byte[] image)
    {
        try
        {
            using var stream = new MemoryStream(image, writable: false);
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true });
            var isSvg = reader.MoveToContent() == XmlNodeType.Element && reader.LocalName == "svg" && reader.NamespaceURI == "http://www.w3.org/2000/svg";
            // Read to the end, so that a document that is not well formed is refused as a whole.
            while (reader.Read())
            {
            }

            return isSvg;
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
