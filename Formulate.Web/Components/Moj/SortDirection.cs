namespace Formulate.Web.Components.Moj;

public enum SortDirection
{
    None,
    Ascending,
    Descending,
}
