using Formulate.Data;
using Formulate.Data.Schema;
using Formulate.Engine;
using Formulate.Engine.Defaults;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Formulate.Web;

/// <summary>
/// The least start-up wiring the practitioner screens need until the sign-in work lands: the
/// database, the engine, and a cookie scheme that sends people to /sign-in and /forbidden. The
/// sign-in work owns the real versions of these (with the authorizing router); this file, and
/// the two calls to it in Program.cs, go when it is merged.
/// </summary>
public static class InterimWiring
{
    public static WebApplicationBuilder AddInterimWiring(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddFormulateData(builder.Configuration);
        builder.Services.TryAddSingleton(new FormulateEngine(DefaultDefinitions.Definition));
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/sign-in";
                options.AccessDeniedPath = "/forbidden";
            });
        builder.Services.AddAuthorization();
        return builder;
    }

    public static async Task InitializeInterimAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.Services.GetRequiredService<IFormulateDatabaseInitializer>().InitializeAsync();
    }
}
