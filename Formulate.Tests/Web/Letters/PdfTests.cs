using System.Text;
using Formulate.Analysis.Text;
using Formulate.Engine.Defaults;
using Formulate.Tests.Web.Letters.Support;
using Formulate.Web.Letters;
using Formulate.Web.Method;

namespace Formulate.Tests.Web.Letters;

[Collection(PdfTestGroup.Name)]
public sealed class PdfTests(PdfPrinterFixture fixture)
{
    [Fact]
    public async Task LetterAsync_WorkedCase_PdfHasTheAmountsAndEveryHeading()
    {
        var letter = LetterExamples.Letter("wc02");

        var text = PdfTools.Flatten(await PdfTools.TextAsync(await fixture.Documents.LetterAsync(letter)));

        text.ShouldContain("£703.56 a week");
        foreach (var line in letter.Lines)
        {
            text.ShouldContain(line.Text);
        }

        text.ShouldContain(LetterHeadings.Title);
        foreach (var heading in LetterHeadings.Sections)
        {
            text.ShouldContain(heading);
        }

        text.ShouldContain("Jo Bloggs");
        text.ShouldContain("AN1 1AA");
        text.ShouldContain("0300 123 4567");
    }

    [Fact]
    public async Task LetterAsync_AnyLetter_IsATaggedPdf()
    {
        var pdf = await fixture.Documents.LetterAsync(LetterExamples.Letter("wc01"));

        var info = await PdfTools.InfoAsync(pdf);
        info["Tagged"].ShouldBe("yes");
        info["Title"].ShouldBe($"{LetterHeadings.Title}: Jo Bloggs");
        var raw = Encoding.Latin1.GetString(pdf);
        raw.ShouldContain("/StructTreeRoot");
        raw.ShouldContain("/MarkInfo");
    }

    [Fact]
    public async Task LetterAsync_AgreedBudget_PdfGivesTheAgreedAmountAndTheReason()
    {
        var letter = LetterExamples.Letter("wc01", new AgreedBudget { WeeklyAmount = 320m, Reason = "You need a longer visit on Sundays." });

        var text = PdfTools.Flatten(await PdfTools.TextAsync(await fixture.Documents.LetterAsync(letter)));

        text.ShouldContain("£320.00 a week");
        text.ShouldContain("£295.82 a week");
        text.ShouldContain("You need a longer visit on Sundays.");
    }

    [Fact]
    public async Task MethodAsync_ShippedDefinition_PdfHasEveryRateValueAndIsTagged()
    {
        var definition = DefaultDefinitions.Definition;

        var pdf = await fixture.Documents.MethodAsync(MethodDocumentBuilder.Build(definition));

        (await PdfTools.InfoAsync(pdf))["Tagged"].ShouldBe("yes");
        var text = PdfTools.Flatten(await PdfTools.TextAsync(pdf));
        text.ShouldContain(MethodDocument.Title);
        foreach (var value in definition.Configuration.Parameters.Where(p => p.Key.StartsWith("rate.", StringComparison.Ordinal)).SelectMany(p => p.Values))
        {
            text.ShouldContain(Pounds.Format(value.Value));
        }

        foreach (var block in MethodBlocks.All)
        {
            text.ShouldContain(block.Title);
        }
    }

    [Fact]
    public async Task PrintAsync_BrowserHasStopped_StartsANewOneAndPrints()
    {
        await fixture.Documents.LetterAsync(LetterExamples.Letter("wc01"));
        var first = fixture.Printer.Browser.ShouldNotBeNull();

        await first.CloseAsync();
        var pdf = await fixture.Documents.LetterAsync(LetterExamples.Letter("wc01"));

        fixture.Printer.Browser.ShouldNotBeSameAs(first);
        PdfTools.Flatten(await PdfTools.TextAsync(pdf)).ShouldContain("£295.82 a week");
    }
}
