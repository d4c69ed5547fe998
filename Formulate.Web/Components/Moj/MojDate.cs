using System.Globalization;
using Formulate.Data.Time;
using Formulate.Engine.Text;

namespace Formulate.Web.Components.Moj;

/// <summary>Dates as MOJ Frontend's mojDate filter writes them, in GOV.UK style and UK time: "14 June 2019 at 2:01pm".</summary>
public static class MojDate
{

    public static string DateTime(DateTimeOffset timestamp) => $"{Date(timestamp)} at {Time(timestamp)}";

    public static string Date(DateTimeOffset timestamp) => UkFormat.Date(DateOnly.FromDateTime(UkTime.ToUk(timestamp).DateTime));

    /// <summary>A calendar date, such as an effective or approval date: "1 April 2027".</summary>
    public static string Date(DateOnly date) => UkFormat.Date(date);

    /// <summary>"2pm" on the hour, "2:01pm" otherwise.</summary>
    public static string Time(DateTimeOffset timestamp)
    {
        timestamp = UkTime.ToUk(timestamp);
        var format = timestamp.Minute > 0 ? "h:mm" : "%h";
        var meridiem = timestamp.Hour < 12 ? "am" : "pm";
        return timestamp.ToString(format, UkFormat.Culture) + meridiem;
    }

    /// <summary>The machine-readable value for a time element's datetime attribute.</summary>
    public static string Iso(DateTimeOffset timestamp) => UkTime.ToUk(timestamp).ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);
}
