using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Formulate.Web.Startup;

/// <summary>
/// Dates and amounts in British English (1 April 2025, £1,234.56) whatever the server's own culture: every request, and
/// work outside one, run in en-GB. With ICU on (SQL Server's client needs it), a server set up in another language would
/// otherwise write "1 avril 2025" or "1.234,56".
/// </summary>
public static class UkCulture
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("en-GB");

    public static WebApplication UseUkCulture(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        CultureInfo.DefaultThreadCurrentCulture = Culture;
        CultureInfo.DefaultThreadCurrentUICulture = Culture;
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Culture),
            SupportedCultures = [Culture],
            SupportedUICultures = [Culture],
            // Nothing a browser sends changes it: the letters and screens are in British English only.
            RequestCultureProviders = [],
        });
        return app;
    }
}
