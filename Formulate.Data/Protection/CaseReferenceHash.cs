using System.Security.Cryptography;
using System.Text;

namespace Formulate.Data.Protection;

/// <summary>
/// Case references are stored protected, which gives a different stored value each time, so they cannot be compared
/// in SQL. Beside each is its HMAC-SHA256 under a secret key (<see cref="LookupKeys"/>), of the reference as
/// Formulate compares it (trimmed, in capitals): equal references give equal hashes, so the database can find a
/// reference and keep each unique, while a copy of the database alone cannot confirm a guessed reference as a
/// plain hash of such short values would.
/// </summary>
public static class CaseReferenceHash
{
    public const string Column = "CaseReferenceHash";

    /// <summary>SHA-256 in hexadecimal.</summary>
    public const int Length = 64;

    public static string Normalise(string caseReference)
    {
        ArgumentNullException.ThrowIfNull(caseReference);
        return caseReference.Trim().ToUpperInvariant();
    }

    public static string Of(FormulateDbContext context, string caseReference)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Convert.ToHexStringLower(HMACSHA256.HashData(LookupKeys.CaseReferenceKey(context), Encoding.UTF8.GetBytes(Normalise(caseReference))));
    }
}
