using System.Text;
using Formulate.Analysis.Text;
using Formulate.Engine.Defaults;
using Formulate.Tests.Engine;
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
        var letter = LetterExamples.Letter("wc01", 320m, letterReason: "You need a longer visit on Sundays.");

        var text = PdfTools.Flatten(await PdfTools.TextAsync(await fixture.Documents.LetterAsync(letter)));

        text.ShouldContain("£320.00 a week");
        text.ShouldContain("£295.82 a week");
        text.ShouldContain("You need a longer visit on Sundays.");
    }

    /// <summary>
    /// Every worked case's letter, for a budget agreed as estimated and one agreed £13.22 above it, read back from the PDF:
    /// the amounts in "What the money is for" add up to the amount the letter states, which is the amount agreed. The
    /// expected amounts come from the worked cases' hand-checked estimates.
    /// </summary>
    [Fact]
    public async Task LetterAsync_EveryWorkedCaseAgreedAsEstimatedOrNot_LinesInThePdfAddUpToTheAmountStated()
    {
        var letters = Directory.EnumerateFiles(WorkedCaseDataAttribute.Folder, "*.json").Order(StringComparer.Ordinal)
            .Select(Path.GetFileNameWithoutExtension)
            .SelectMany(name =>
            {
                var estimate = WorkedCaseDataAttribute.Load(name!).Expected.WeeklyEstimate;
                return new[] { (Name: name!, Agreed: estimate, Letter: LetterExamples.Letter(name!)), (Name: name!, Agreed: estimate + 13.22m, Letter: LetterExamples.Letter(name!, estimate + 13.22m)) };
            })
            .ToList();
        var texts = new string[letters.Count];

        // One browser prints them all, two at a time, as the app prints a batch.
        await Parallel.ForEachAsync(Enumerable.Range(0, letters.Count), new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (i, cancellationToken) =>
            texts[i] = PdfTools.Flatten(await PdfTools.TextAsync(await fixture.Documents.LetterAsync(letters[i].Letter, cancellationToken))));

        letters.Count.ShouldBeGreaterThanOrEqualTo(26);
        for (var i = 0; i < letters.Count; i++)
        {
            var (name, agreed, _) = letters[i];
            var stated = PdfAmounts.Stated(texts[i]);
            stated.ShouldBe(agreed, $"{name} agreed at {agreed}: the amount the letter states");
            PdfAmounts.Lines(texts[i]).Sum().ShouldBe(stated, $"{name} agreed at {agreed}: the lines of \"What the money is for\" in {texts[i]}");
        }
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

        foreach (var block in MethodBlocks.For(definition.Model.Formula))
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
