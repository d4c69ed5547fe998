namespace Formulate.Web.Components.Govuk;

/// <summary>One problem in a <see cref="GovukErrorSummary"/>; <see cref="Href"/> points at the field, as "#field-id".</summary>
public sealed record GovukErrorSummaryItem(string Text, string? Href = null);
