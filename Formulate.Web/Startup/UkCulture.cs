using System.Globalization;
using Formulate.Engine.Text;
using Microsoft.AspNetCore.Localization;

namespace Formulate.Web.Startup;

/// <summary>
/// Every request, and work outside one, run in en-GB whatever the server's own culture. Formulate's own text does not
/// depend on it: dates, amounts and counts are formatted with <see cref="UkFormat.Culture"/> passed explicitly. This keeps
/// what the framework formats by itself (validation messages, model binding) British too; with ICU on (SQL Server's
/// client needs it), a server set up in another language would otherwise write "1 avril 2025" or "1.234,56".
/// </summary>
public static class UkCulture
{
    public static WebApplication UseUkCulture(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var culture = UkFormat.Culture;
        CultureInfo.DefaultThreadCurrentCulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(culture),
            SupportedCultures = [culture],
            SupportedUICultures = [culture],
            // Nothing a browser sends changes it: the letters and screens are in British English only.
            RequestCultureProviders = [],
        });
        return app;
    }
}
