using Formulate.Tests.Web.Components.Support;

namespace Formulate.Tests.Web.Components;

public class HtmlShapeTests
{
    [Fact]
    public void Of_AttributeOrderClassOrderAndWhitespaceDiffer_SameShape()
    {
        var a = HtmlShape.Of("<div class=\"b a\" id=\"x\">\n  Some   text\n</div>");
        var b = HtmlShape.Of("<div id='x' class='a b'>Some text</div>");

        a.ShouldBe(b);
    }

    [Fact]
    public void Of_ClassDiffers_DifferentShape()
    {
        HtmlShape.Of("<div class=\"govuk-hint\">Hint</div>").ShouldNotBe(HtmlShape.Of("<div class=\"govuk-body\">Hint</div>"));
    }

    [Fact]
    public void Of_TextDiffers_DifferentShape()
    {
        HtmlShape.Of("<p>Yes</p>").ShouldNotBe(HtmlShape.Of("<p>No</p>"));
    }
}
