using Formulate.Data;
using Formulate.Data.Schema;
using Formulate.Data.Seeding;
using Formulate.Web.Configuration;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Startup;

public static class StartupAnnouncer
{
    /// <summary>
    /// Brings the database to the current schema (seeding demo data when it is on) before the app
    /// takes requests, and once it listens, says where and how to sign in.
    /// </summary>
    public static async Task PrepareFormulateAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.Services.GetRequiredService<IFormulateDatabaseInitializer>().InitializeAsync().ConfigureAwait(false);
        await app.Services.GetRequiredService<ParameterVersions>().LoadPublishedAsync().ConfigureAwait(false);

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Formulate.Web.Startup");
        app.Lifetime.ApplicationStarted.Register(() => Announce(app, logger));
    }

    private static void Announce(WebApplication app, ILogger logger)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var listening = string.Join(", ", addresses);
        if (listening.Length > 0)
        {
            WebLog.Listening(logger, listening);
        }

        if (app.Services.GetRequiredService<IOptions<FormulateDataOptions>>().Value.SeedDemoData && logger.IsEnabled(LogLevel.Warning))
        {
            var accounts = string.Concat(DemoAccounts.All.Select(account =>
                $"{Environment.NewLine}  {account.UserName,-20} {account.Role}"));
            WebLog.DemoAccounts(logger, DemoAccounts.Password, accounts);
        }
    }
}
