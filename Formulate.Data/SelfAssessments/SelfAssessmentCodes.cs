using System.Security.Cryptography;
using System.Text;

namespace Formulate.Data.SelfAssessments;

/// <summary>References and codes people are given, and the hashes kept of the codes.</summary>
public static class SelfAssessmentCodes
{
    // No 0/O, 1/I/L or 5/S: people read these from a letter and type them in.
    private const string Readable = "ABCDEFGHJKMNPQRTUVWXYZ2346789";

    public static string NewReference() => $"SA-{Random(4)}-{Random(4)}";

    public static string NewInvitationCode() => Random(16);

    public static string NewReturnCode() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Upper case without spaces or dashes, as people type a reference or code in many ways.</summary>
    public static string Normalise(string? typed) =>
        new([.. (typed ?? "").ToUpperInvariant().Where(char.IsLetterOrDigit)]);

    public static string NormaliseReference(string? typed)
    {
        var plain = Normalise(typed);
        return plain.Length == 10 && plain.StartsWith("SA", StringComparison.Ordinal) ? $"SA-{plain[2..6]}-{plain[6..]}" : plain;
    }

    public static string Hash(string purpose, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{purpose}:{Normalise(code)}")));

    private static string Random(int length) =>
        new([.. Enumerable.Range(0, length).Select(_ => Readable[RandomNumberGenerator.GetInt32(Readable.Length)])]);
}
