namespace Formulate.Web.Components.Govuk;

/// <summary>A form's errors as the error summary lists them, each linked to its field, with each field's own message.</summary>
public sealed class FormErrors : List<GovukErrorSummaryItem>
{
    private readonly Dictionary<string, string> _byField = [];

    /// <summary>Adds the field's error, if there is one; the summary links to <paramref name="href"/>, else to the field.</summary>
    public void Add(string field, string? message, string? href = null)
    {
        if (message is not null)
        {
            _byField[field] = message;
            Add(new GovukErrorSummaryItem(message, href ?? $"#{field}"));
        }
    }

    public string? For(string field) => _byField.GetValueOrDefault(field);
}
