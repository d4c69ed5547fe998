using Formulate.Engine.Text;

namespace Formulate.Analysis.Text;

/// <summary>
/// Money and quantities as GOV.UK writes them: "£1,234.50", "12.5". The one way Formulate writes pounds for people to
/// read, on the web pages and in analysis' own messages, in <see cref="UkFormat.Culture"/> whatever the thread's culture;
/// it lives here because both can use it, and the engine keeps to estimating.
/// </summary>
public static class Pounds
{
    public static string Format(decimal amount) =>
        amount < 0
            ? "−£" + (-amount).ToString("N2", UkFormat.Culture)
            : "£" + amount.ToString("N2", UkFormat.Culture);

    /// <summary>A difference, always signed: "+£12.00", "−£3.50", "£0.00".</summary>
    public static string Difference(decimal amount) => amount > 0 ? "+" + Format(amount) : Format(amount);

    public static string Number(decimal value) => value.ToString("0.####", UkFormat.Culture);

    /// <summary>A value in a parameter or trace unit: "GBP per hour" reads "£24.50 an hour", "minutes per visit" reads "30 minutes per visit".</summary>
    public static string WithUnit(decimal value, string? unit)
    {
        if (unit is null)
        {
            return Number(value);
        }

        if (unit == "GBP")
        {
            return Format(value);
        }

        if (unit.StartsWith("GBP per ", StringComparison.Ordinal))
        {
            var per = unit["GBP per ".Length..];
            return $"{Format(value)} {(per.StartsWith('h') ? "an" : "a")} {per}";
        }

        return $"{Number(value)} {unit}";
    }
}
