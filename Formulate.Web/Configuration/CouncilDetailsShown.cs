using System.Security.Cryptography;
using System.Text;
using Formulate.Engine.Parameters;

namespace Formulate.Web.Configuration;

/// <summary>
/// A short fingerprint of a set's council details and reasons, sent with the form that edits them, so that saving
/// details someone else changed after the form was shown is refused instead of silently replacing theirs.
/// </summary>
public static class CouncilDetailsShown
{
    public static string Of(ParameterSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var council = set.Council;
        var text = string.Join('\u001f',
            council?.Name, council?.Telephone, council?.Email, council?.Address, council?.Website,
            council?.DeprivationDecile?.ToString(System.Globalization.CultureInfo.InvariantCulture), council?.RegionType,
            council?.ShowChcPredictionInLetters?.ToString(), council?.FinancialAssessment,
            string.Join('\u001e', (council?.LetterReasons ?? new Dictionary<string, string>()).OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}\u001d{pair.Value}")),
            string.Join('\u001e', set.DifferenceReasons ?? []));
        // The theme joins only when set, so that the fingerprint of details saved before it existed is unchanged.
        if (council?.PrimaryColour is not null || council?.Logo is not null)
        {
            text = string.Join('\u001f', text, council.PrimaryColour, council.Logo);
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }
}
