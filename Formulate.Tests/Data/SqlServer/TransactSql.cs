using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Formulate.Tests.Data.SqlServer;

/// <summary>Parses T-SQL as SQL Server 2022 would, with quoted identifiers on (SQL Server's and EF Core's default).</summary>
public static class TransactSql
{
    /// <summary>Each parse error as "line N: message", so a failing test shows where the script is wrong.</summary>
    public static IReadOnlyList<string> ParseErrors(string script)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        parser.Parse(reader, out var errors);
        return [.. errors.Select(error => $"line {error.Line}: {error.Message}")];
    }
}
