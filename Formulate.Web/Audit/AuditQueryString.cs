using System.Globalization;
using Formulate.Data.Audit;
using Microsoft.AspNetCore.WebUtilities;

namespace Formulate.Web.Audit;

/// <summary>An audit search as query string parameters, shared by the search page's export link and the export endpoint.</summary>
public static class AuditQueryString
{
    public static string For(AuditQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var values = new Dictionary<string, string?>
        {
            ["caseReference"] = query.CaseReference,
            ["user"] = query.UserName,
            ["action"] = query.Action,
            ["from"] = query.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = query.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        return QueryHelpers.AddQueryString("", values.Where(v => !string.IsNullOrWhiteSpace(v.Value)));
    }

    public static AuditQuery Read(string? caseReference, string? user, string? action, string? from, string? to) => new()
    {
        CaseReference = caseReference,
        UserName = user,
        Action = action,
        From = ParseDate(from),
        To = ParseDate(to),
    };

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
