namespace Formulate.Web.Components.Govuk;

/// <summary>The ids govuk-frontend gives to radios and checkboxes items, so its JavaScript and labels line up.</summary>
internal static class ChoiceItemIds
{
    /// <param name="position">1-based position in the item list, dividers included.</param>
    public static string ItemId(string idPrefix, GovukChoiceItem item, int position) =>
        item.Id ?? (position == 1 ? idPrefix : $"{idPrefix}-{position}");

    public static string ConditionalId(string itemId) => "conditional-" + itemId;

    public static string HintId(string itemId) => itemId + "-item-hint";
}
