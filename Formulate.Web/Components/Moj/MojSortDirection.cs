namespace Formulate.Web.Components.Moj;

public enum MojSortDirection
{
    None,
    Ascending,
    Descending,
}
