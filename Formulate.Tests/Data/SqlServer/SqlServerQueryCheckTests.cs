using Formulate.Data;
using Formulate.Tests.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Tests.Data.SqlServer;

/// <summary>The check every SQLite data and web test makes of its queries on SQL Server (<see cref="SqlServerQueryCheck"/>).</summary>
public sealed class SqlServerQueryCheckTests() : DataTestBase(new SqliteHost())
{
    [Fact]
    public async Task QueryOnSqlite_OnlySqliteCanRunIt_FailsSayingSqlServerCannot()
    {
        await using var context = Database.CreateContext();

        var error = await Should.ThrowAsync<InvalidOperationException>(() => context.People.CountAsync(p => EF.Functions.Glob(p.Team, "North*")));

        error.Message.ShouldStartWith("This query cannot run on SQL Server:");
    }

    [Fact]
    public async Task QueryOnSqlite_SqlServerCanRunIt_RunsOnSqlite()
    {
        await using var context = Database.CreateContext();

        (await context.People.CountAsync(p => p.Team.StartsWith("North"))).ShouldBe(0);
    }

    [Fact]
    public void ToSqlServer_TerminalOperatorWithPredicate_KeepsThePredicate()
    {
        using var context = DesignTimeContexts.Create(DatabaseProvider.Sqlite);
        var team = "North Locality Team";
        var query = context.People.Where(p => p.Team == team);

        var sql = SqlServerQueryCheck.ToSqlServer(System.Linq.Expressions.Expression.Call(
            typeof(Queryable), nameof(Queryable.Any), [typeof(Formulate.Data.Entities.Person)], query.Expression));

        sql.ShouldContain("FROM [People] AS [p]");
        sql.ShouldContain("WHERE [p].[Team] = @team");
    }
}
