using Formulate.Data;
using Formulate.Data.Seeding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Startup;

public static class StartupAnnouncer
{
    /// <summary>
    /// Brings the database to the current schema (seeding demo data when it is on) before the app
    /// takes requests, or keeps trying in the background while the database cannot be reached,
    /// and once it listens, says where and how to sign in.
    /// </summary>
    public static async Task PrepareFormulateAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.Services.GetRequiredService<DatabaseStartup>().StartAsync().ConfigureAwait(false);

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
            AnnounceDemoAccounts(logger);
        }
    }

    /// <summary>The demo accounts, one to a line, so that whoever starts the app can sign in straight away.</summary>
    internal static void AnnounceDemoAccounts(ILogger logger) =>
        WebLog.DemoAccounts(logger, DemoAccounts.Password, string.Concat(DemoAccounts.All.Select(account =>
            $"{Environment.NewLine}  {account.UserName,-20} {account.Role}")));
}
