using Formulate.Tests.Web.Api;
using Formulate.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Formulate.Tests.Reliability.Support;

/// <summary>The app as it runs live (Production settings), with every log entry at every level captured.</summary>
internal static class LoggedWebApp
{
    public static FormulateWebFactory Create(CapturedLogs logs, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["environment"] = "Production",
            ["Formulate:Api:ProvisionedKey"] = ApiFixture.ProvisionedKey,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        // Its own start is among what is logged: migrating and seeding included.
        return new FormulateWebFactory(all, services =>
        {
            services.AddSingleton<ILoggerProvider>(logs);
            services.Configure<LoggerFilterOptions>(options => options.AddFilter<CapturedLogs>(null, LogLevel.Trace));
        }, freshDatabase: true);
    }
}
