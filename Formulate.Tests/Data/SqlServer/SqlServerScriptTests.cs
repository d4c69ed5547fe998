using Formulate.Data;
using Formulate.Tests.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Formulate.Tests.Data.SqlServer;

/// <summary>
/// SQL Server's schema without a SQL Server: the scripts its migrations make (what <c>dotnet ef migrations script</c> prints)
/// parsed as T-SQL. A parse proves the syntax only; the opt-in <see cref="SqlServerLiveTests"/> runs them on a real server.
/// </summary>
public sealed class SqlServerScriptTests
{
    [Fact]
    public void GenerateScript_NoDatabase_ParsesAsTransactSql()
    {
        using var context = DesignTimeContexts.Create(DatabaseProvider.SqlServer);

        var script = context.GetService<IMigrator>().GenerateScript();

        script.ShouldContain("CREATE TABLE [People]");
        TransactSql.ParseErrors(script).ShouldBeEmpty();
    }

    [Fact]
    public void GenerateScript_Idempotent_ParsesAsTransactSql()
    {
        using var context = DesignTimeContexts.Create(DatabaseProvider.SqlServer);

        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        TransactSql.ParseErrors(script).ShouldBeEmpty();
    }

    [Fact]
    public void GenerateScript_FromEachMigrationToTheLast_ParsesAsTransactSql()
    {
        using var context = DesignTimeContexts.Create(DatabaseProvider.SqlServer);
        var migrations = context.Database.GetMigrations().ToList();
        var migrator = context.GetService<IMigrator>();

        foreach (var from in migrations)
        {
            // Empty while the baseline is the only migration: there is nothing yet to upgrade from it.
            var script = migrator.GenerateScript(fromMigration: from, toMigration: migrations[^1]);
            TransactSql.ParseErrors(script).ShouldBeEmpty($"upgrading from {from}");
        }
    }
}
