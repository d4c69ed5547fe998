namespace Formulate.Web.Components.Moj;

/// <param name="Active">Marks the page being shown, with aria-current="page".</param>
public sealed record MojSubNavigationItem(string Text, string Href, bool Active = false);
