using System.Text.RegularExpressions;
using Formulate.Data.Seeding;
using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Startup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Formulate.Tests.Web.Startup;

/// <summary>What someone running the app for the first time reads in the console, under the development settings.</summary>
public sealed class DevelopmentConsoleTests
{
    [Fact]
    public void AnnounceDemoAccounts_DevelopmentConsole_EachAccountOnItsOwnLineAfterATimestamp()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(RepoRoot.Combine("Formulate.Web", "appsettings.json"))
            .AddJsonFile(RepoRoot.Combine("Formulate.Web", "appsettings.Development.json"))
            .Build();
        using var services = new ServiceCollection()
            .AddLogging(logging => logging.AddConfiguration(configuration.GetSection("Logging")).AddConsole())
            .BuildServiceProvider();
        var formatter = services.GetServices<ConsoleFormatter>().Single(f => f.Name == configuration["Logging:Console:FormatterName"]);
        using var console = new StringWriter();

        StartupAnnouncer.AnnounceDemoAccounts(new FormattingLogger(formatter, console));

        // Colours are written only to a terminal; a test run may or may not have one.
        var lines = Regex.Replace(console.ToString(), "\u001b\\[[0-9;]*m", "").Split(Environment.NewLine);
        lines[0].ShouldMatch(@"^\d{2}:\d{2}:\d{2} warn: Formulate\.Web\.Startup\[2003\]$");
        lines.ShouldContain(line => line.Contains($"password {DemoAccounts.Password}:"));
        foreach (var account in DemoAccounts.All)
        {
            lines.ShouldContain(line => line.Trim().StartsWith(account.UserName + " ") && line.TrimEnd().EndsWith(" " + account.Role));
        }
    }

    /// <summary>Writes each entry through one console formatter, as the console logger would, into a text writer.</summary>
    private sealed class FormattingLogger(ConsoleFormatter formatter, TextWriter console) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter1) =>
            formatter.Write(new LogEntry<TState>(logLevel, "Formulate.Web.Startup", eventId, state, exception, formatter1), new LoggerExternalScopeProvider(), console);
    }
}
