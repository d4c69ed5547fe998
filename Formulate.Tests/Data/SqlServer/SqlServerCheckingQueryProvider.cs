using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query.Internal;

namespace Formulate.Tests.Data.SqlServer;

#pragma warning disable EF1001 // EF Core's own query provider, extended in tests only: it is where every query passes whole.

/// <summary>The query provider of the SQLite contexts under test: checks each query on SQL Server before running it on SQLite.</summary>
public sealed class SqlServerCheckingQueryProvider(IQueryCompiler queryCompiler) : EntityQueryProvider(queryCompiler)
{
    public override TResult Execute<TResult>(Expression expression)
    {
        SqlServerQueryCheck.Ensure(expression);
        return base.Execute<TResult>(expression);
    }

    public override TResult ExecuteAsync<TResult>(Expression expression, CancellationToken cancellationToken = default)
    {
        SqlServerQueryCheck.Ensure(expression);
        return base.ExecuteAsync<TResult>(expression, cancellationToken);
    }
}
