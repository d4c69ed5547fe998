using Formulate.Web.Components.Govuk;

namespace Formulate.Web.People;

/// <summary>What a form shows for its <see cref="FieldError"/>s: each field's own message, and the error summary's links.</summary>
public static class FieldErrors
{
    public static string? MessageFor(this IEnumerable<FieldError> errors, string field) =>
        errors.FirstOrDefault(error => error.Field == field)?.Message;

    /// <summary>Each error linked to its field; one that belongs to no field ("") links nowhere.</summary>
    public static IReadOnlyList<GovukErrorSummaryItem> SummaryItems(this IEnumerable<FieldError> errors) =>
        [.. errors.Select(error => new GovukErrorSummaryItem(error.Message, error.Field.Length > 0 ? "#" + error.Field : null))];
}
