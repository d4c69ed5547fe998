namespace Formulate.Web.Components.Govuk;

/// <summary>What completes a summary list's action link for screen readers, as in "Change <em>date of birth (Person)</em>".</summary>
public static class SummaryActionText
{
    public static string? Hidden(GovukSummaryListAction action, string? cardTitle)
    {
        var text = (action.VisuallyHiddenText is null ? "" : " " + action.VisuallyHiddenText)
            + (cardTitle is null ? "" : " (" + cardTitle + ")");
        return text.Length == 0 ? null : text;
    }
}
