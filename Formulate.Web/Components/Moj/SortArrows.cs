namespace Formulate.Web.Components.Moj;

/// <summary>The direction icons MOJ Frontend's sortable table puts in its header buttons.</summary>
internal static class SortArrows
{
    private const string Open =
        "<svg width=\"22\" height=\"22\" focusable=\"false\" aria-hidden=\"true\" role=\"img\" viewBox=\"0 0 22 22\" fill=\"none\" xmlns=\"http://www.w3.org/2000/svg\">";

    public const string Up = Open + "<path d=\"M6.5625 15.5L11 6.63125L15.4375 15.5H6.5625Z\" fill=\"currentColor\"/></svg>";

    public const string Down = Open + "<path d=\"M15.4375 7L11 15.8687L6.5625 7L15.4375 7Z\" fill=\"currentColor\"/></svg>";

    public const string UpDown = Open +
        "<path d=\"M8.1875 9.5L10.9609 3.95703L13.7344 9.5H8.1875Z\" fill=\"currentColor\"/>" +
        "<path d=\"M13.7344 12.0781L10.9609 17.6211L8.1875 12.0781H13.7344Z\" fill=\"currentColor\"/></svg>";
}
