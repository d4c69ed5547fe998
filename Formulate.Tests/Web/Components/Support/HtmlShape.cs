using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Formulate.Tests.Web.Components.Support;

/// <summary>
/// Reduces HTML to its structure, one node a line: element names, attributes in name order (class tokens
/// sorted), and text with whitespace collapsed. Two pieces of HTML that a browser treats alike have the
/// same shape, whatever their indentation, attribute order or quoting.
/// </summary>
internal static class HtmlShape
{
    private static readonly HtmlParser Parser = new();

    public static string Of(string html)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var shape = new StringBuilder();
        foreach (var node in document.Body!.ChildNodes)
        {
            Append(shape, node, depth: 0);
        }

        return shape.ToString();
    }

    private static void Append(StringBuilder shape, INode node, int depth)
    {
        switch (node)
        {
            case IElement element:
                shape.Append(' ', depth * 2).Append('<').Append(element.LocalName);
                foreach (var attribute in element.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
                {
                    shape.Append(' ').Append(attribute.Name).Append("=\"").Append(AttributeValue(attribute)).Append('"');
                }

                shape.Append(">\n");
                foreach (var child in element.ChildNodes)
                {
                    Append(shape, child, depth + 1);
                }

                break;
            case IText text:
                var collapsed = string.Join(' ', text.Data.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                if (collapsed.Length > 0)
                {
                    shape.Append(' ', depth * 2).Append(collapsed).Append('\n');
                }

                break;
        }
    }

    private static string AttributeValue(IAttr attribute) =>
        attribute.Name == "class"
            ? string.Join(' ', attribute.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal))
            : attribute.Value;
}
