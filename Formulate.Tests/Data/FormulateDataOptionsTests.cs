using Formulate.Data;
using Formulate.Tests.Data.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Formulate.Tests.Data;

public sealed class FormulateDataOptionsTests
{
    [Fact]
    public void AddFormulateData_NothingConfigured_UsesSqliteFileInContentRootWithDemoData()
    {
        var options = Resolve(new Dictionary<string, string?>(), contentRoot: "/srv/formulate");

        options.Provider.ShouldBe(DatabaseProvider.Sqlite);
        options.ConnectionString.ShouldBe("Data Source=/srv/formulate/formulate.db");
        options.SeedDemoData.ShouldBeTrue();
    }

    [Fact]
    public void AddFormulateData_PostgreSqlConfigured_UsesItsConnectionString()
    {
        var options = Resolve(new Dictionary<string, string?>
        {
            ["Formulate:Data:Provider"] = "PostgreSql",
            ["Formulate:Data:ConnectionString"] = "Host=db;Database=formulate",
            ["Formulate:Data:SeedDemoData"] = "false",
        });

        options.Provider.ShouldBe(DatabaseProvider.PostgreSql);
        options.ConnectionString.ShouldBe("Host=db;Database=formulate");
        options.SeedDemoData.ShouldBeFalse();
    }

    [Fact]
    public void AddFormulateData_PostgreSqlWithoutConnectionString_FailsValidation()
    {
        var error = Should.Throw<OptionsValidationException>(
            () => Resolve(new Dictionary<string, string?> { ["Formulate:Data:Provider"] = "PostgreSql" }));

        error.Message.ShouldContain("Formulate:Data:ConnectionString is required");
    }

    private static FormulateDataOptions Resolve(Dictionary<string, string?> settings, string? contentRoot = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        if (contentRoot is not null)
        {
            services.AddSingleton<IHostEnvironment>(new TestHostEnvironment(contentRoot));
        }

        using var provider = services.AddFormulateData(configuration).BuildServiceProvider();
        return provider.GetRequiredService<IOptions<FormulateDataOptions>>().Value;
    }
}
