using System.Security.Cryptography;

namespace Formulate.Web.Accounts;

/// <summary>
/// A password Formulate makes for a new account or a reset: 20 random characters (about 115 bits) in groups of five,
/// from an alphabet without characters easily mistaken for one another (0 and O, 1, l and I), so it can be read out.
/// </summary>
public static class OneTimePassword
{
    private const string Alphabet = "23456789abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";

    public static string New()
    {
        var groups = Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString(Alphabet, 5));
        return string.Join('-', groups);
    }
}
