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

    /// <summary>Why the dates typed cannot be searched by, and which of them to correct; null when they can (or are empty).</summary>
    public static (string Field, string Message)? DateError(string? from, string? to)
    {
        if (!string.IsNullOrWhiteSpace(from) && ParseDate(from) is null)
        {
            return ("from", "Enter the from date as a real date, like 2026-11-22");
        }

        if (!string.IsNullOrWhiteSpace(to) && ParseDate(to) is null)
        {
            return ("to", "Enter the to date as a real date, like 2026-11-22");
        }

        return ParseDate(to) < ParseDate(from) ? ("from", "The from date must be the same as or before the to date") : null;
    }

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
