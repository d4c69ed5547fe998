using System.Globalization;
using System.Text.RegularExpressions;

namespace Formulate.Tests.Web.Letters.Support;

/// <summary>The amounts a printed letter gives, read from its flattened PDF text as a person reads them.</summary>
internal static partial class PdfAmounts
{
    /// <summary>The weekly amount the letter leads with: "We have agreed a budget of £320.00 a week with you."</summary>
    public static decimal Stated(string text)
    {
        var match = AgreedBudget().Match(text);
        match.Success.ShouldBeTrue($"The letter states no agreed budget: {text}");
        return Parse(string.Empty, match.Groups["amount"].Value);
    }

    /// <summary>
    /// Each signed amount listed under "What the money is for", from "The money pays for this help:" to the total after
    /// the list; none when the letter says there is nothing to pay for.
    /// </summary>
    public static IReadOnlyList<decimal> Lines(string text)
    {
        const string start = "The money pays for this help:";
        const string end = "Together this comes to";
        var from = text.IndexOf(start, StringComparison.Ordinal);
        if (from < 0)
        {
            text.ShouldContain("We have not found any help that the budget needs to pay for at the moment.");
            return [];
        }

        var to = text.IndexOf(end, from, StringComparison.Ordinal);
        to.ShouldBeGreaterThan(from, $"The list of what the money is for has no total after it: {text}");
        var total = Parse(string.Empty, Amount().Match(text, to).Groups["amount"].Value);
        var lines = Amount().Matches(text[(from + start.Length)..to]).Select(m => Parse(m.Groups["sign"].Value, m.Groups["amount"].Value)).ToList();
        total.ShouldBe(lines.Sum(), $"The total printed after the list: {text[to..]}");
        return lines;
    }

    /// <summary>The signed amount a line of "What the money is for" gives: "Agreed change to the estimate: +£20.94 a week" is 20.94.</summary>
    public static decimal LineAmount(string line)
    {
        var matches = Amount().Matches(line);
        matches.Count.ShouldBe(1, $"A line gives one amount: {line}");
        return Parse(matches[0].Groups["sign"].Value, matches[0].Groups["amount"].Value);
    }

    private static decimal Parse(string sign, string amount) =>
        (sign is "−" or "-" ? -1m : 1m) * decimal.Parse(amount, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"We have agreed a budget of £(?<amount>[\d,]+\.\d\d) a week")]
    private static partial Regex AgreedBudget();

    [GeneratedRegex(@"(?<sign>[+−-]?)£(?<amount>[\d,]+\.\d\d)")]
    private static partial Regex Amount();
}
