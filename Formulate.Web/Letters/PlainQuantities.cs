using Formulate.Engine.Text;

namespace Formulate.Web.Letters;

/// <summary>Quantities as a person would say them: "7 hours", "17 hours 9 minutes", "24 minutes", "2 weeks".</summary>
public static class PlainQuantities
{
    public static string Hours(decimal hours)
    {
        var totalMinutes = (int)decimal.Round(hours * 60m, 0, MidpointRounding.AwayFromZero);
        var whole = totalMinutes / 60;
        var minutes = totalMinutes % 60;
        if (whole == 0)
        {
            return Count(minutes, "minute");
        }

        return minutes == 0 ? Count(whole, "hour") : $"{Count(whole, "hour")} {Count(minutes, "minute")}";
    }

    /// <summary>"1 night", "3.5 nights".</summary>
    public static string Count(decimal value, string noun) =>
        $"{UkFormat.Number(value, "0.##")} {(value == 1m ? noun : noun + "s")}";
}
