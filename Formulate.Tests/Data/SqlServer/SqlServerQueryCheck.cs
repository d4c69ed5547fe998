using System.Collections.Concurrent;
using System.Linq.Expressions;
using Formulate.Data;
using Formulate.Tests.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;

namespace Formulate.Tests.Data.SqlServer;

/// <summary>
/// Translates a query that the data and web tests run on SQLite for SQL Server as well (<c>ToQueryString()</c>, without a
/// server), and parses the SQL as T-SQL. Every query any of those tests runs is checked, so a new store query is checked
/// by the tests written for it: none needs adding to a list. Each distinct query is translated once per test run.
/// </summary>
public static class SqlServerQueryCheck
{
    private static readonly ConcurrentDictionary<string, string?> Problems = new(StringComparer.Ordinal);

    /// <summary>How many distinct queries have been translated so far in this test run.</summary>
    public static int Translated => Problems.Count;

    /// <summary>Throws when SQL Server could not run <paramref name="query"/>, saying why.</summary>
    public static void Ensure(Expression query)
    {
        ArgumentNullException.ThrowIfNull(query);
        // Raw SQL is written for each provider by the code that runs it; translating SQLite's text would prove nothing.
        if (RawSql.In(query))
        {
            return;
        }

        if (Problems.GetOrAdd(query.ToString(), _ => ProblemWith(query)) is { } problem)
        {
            throw new InvalidOperationException($"This query cannot run on SQL Server: {problem}{Environment.NewLine}{query}");
        }
    }

    /// <summary>The SQL Server text of <paramref name="query"/>'s rows: what a terminal operator such as Count or FirstOrDefault reads.</summary>
    public static string ToSqlServer(Expression query)
    {
        using var context = DesignTimeContexts.Create(DatabaseProvider.SqlServer);
        var provider = context.GetService<IAsyncQueryProvider>();
        var rows = Rows(new SqlServerRoots(context.Model, provider).Visit(query));
        return provider.CreateQuery(rows).ToQueryString();
    }

    private static string? ProblemWith(Expression query)
    {
        try
        {
            var sql = ToSqlServer(query);
            var errors = TransactSql.ParseErrors(sql);
            return errors.Count == 0 ? null : $"its SQL does not parse as T-SQL ({string.Join("; ", errors)}):{Environment.NewLine}{sql}";
        }
        catch (InvalidOperationException exception)
        {
            return exception.Message;
        }
    }

    /// <summary>A terminal operator's source, with its predicate or selector kept: ToQueryString translates row queries only.</summary>
    private static Expression Rows(Expression query)
    {
        if (typeof(IQueryable).IsAssignableFrom(query.Type) || query is not MethodCallExpression { Arguments.Count: > 0 } call
            || !typeof(IQueryable).IsAssignableFrom(call.Arguments[0].Type))
        {
            return query;
        }

        var source = call.Arguments[0];
        var element = source.Type.GetGenericArguments()[0];
        if (call.Method.DeclaringType == typeof(Queryable) && call.Arguments.Count == 2
            && call.Arguments[1] is UnaryExpression { Operand: LambdaExpression lambda })
        {
            return lambda.ReturnType == typeof(bool)
                ? Expression.Call(typeof(Queryable), nameof(Queryable.Where), [element], source, call.Arguments[1])
                : Expression.Call(typeof(Queryable), nameof(Queryable.Select), [element, lambda.ReturnType], source, call.Arguments[1]);
        }

        return source;
    }

    /// <summary>Puts SQL Server's entity types in place of SQLite's, including those of queries captured in closures.</summary>
    private sealed class SqlServerRoots(Microsoft.EntityFrameworkCore.Metadata.IModel model, IAsyncQueryProvider provider) : ExpressionVisitor
    {
        protected override Expression VisitExtension(Expression node) =>
            node is EntityQueryRootExpression root
                ? new EntityQueryRootExpression(provider, model.FindEntityType(root.EntityType.ClrType)!)
                : base.VisitExtension(node);

        protected override Expression VisitMember(MemberExpression node) =>
            typeof(IQueryable).IsAssignableFrom(node.Type) && !FreeParameters.In(node)
                && Expression.Lambda<Func<object?>>(Expression.Convert(node, typeof(object))).Compile()() is IQueryable captured
                ? Visit(captured.Expression)
                : base.VisitMember(node);

        protected override Expression VisitConstant(ConstantExpression node) =>
            node.Value is IQueryable captured && captured.Expression != node ? Visit(captured.Expression) : base.VisitConstant(node);
    }

    private sealed class RawSql : ExpressionVisitor
    {
        private bool _found;

        public static bool In(Expression expression)
        {
            var finder = new RawSql();
            finder.Visit(expression);
            return finder._found;
        }

        protected override Expression VisitExtension(Expression node)
        {
            // Matched by name: EF Core keeps SqlQueryRootExpression among its internal types.
            _found |= node.GetType().Name is "SqlQueryRootExpression" or "FromSqlQueryRootExpression";
            return _found ? node : base.VisitExtension(node);
        }
    }

    private sealed class FreeParameters : ExpressionVisitor
    {
        private bool _found;

        public static bool In(Expression expression)
        {
            var finder = new FreeParameters();
            finder.Visit(expression);
            return finder._found;
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            _found = true;
            return node;
        }
    }
}
