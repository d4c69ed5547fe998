namespace Formulate.Web.Components.Govuk;

/// <param name="VisuallyHiddenText">Completes the link text for screen readers, as in "Change <em>date of birth</em>".</param>
public sealed record GovukSummaryListAction(string Href, string Text, string? VisuallyHiddenText = null);
