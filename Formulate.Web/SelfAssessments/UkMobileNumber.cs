namespace Formulate.Web.SelfAssessments;

/// <summary>UK mobile numbers as people type them (07700 900982, +44 7700 900982, 0044 7700-900982), kept as +447...</summary>
public static class UkMobileNumber
{
    public const string EnterOne = "Enter a mobile phone number";

    public const string NotAMobile = "Enter a UK mobile number, like 07700 900 982";

    /// <summary>The number as +447 and 9 more digits, or null when it is not a UK mobile number.</summary>
    public static string? Normalise(string? typed)
    {
        // "+44 (0)7700 900982" is how many people write it.
        var text = (typed ?? "").Replace("(0)", "", StringComparison.Ordinal).Trim();
        if (text.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '-' or '(' or ')' or '+')) || text.LastIndexOf('+') > 0)
        {
            return null;
        }

        var digits = new string([.. text.Where(char.IsAsciiDigit)]);
        var national = digits.StartsWith("0044", StringComparison.Ordinal) ? digits[4..]
            : digits.StartsWith("44", StringComparison.Ordinal) && digits.Length == 12 ? digits[2..]
            : digits.StartsWith('0') ? digits[1..]
            : null;
        return national is { Length: 10 } && national[0] == '7' ? $"+44{national}" : null;
    }
}
