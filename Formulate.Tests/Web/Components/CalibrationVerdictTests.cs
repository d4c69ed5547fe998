using AngleSharp.Html.Parser;
using Formulate.Analysis.Accuracy;
using Formulate.Analysis.Calibration;
using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Accuracy;

namespace Formulate.Tests.Web.Components;

public class CalibrationVerdictTests
{
    private static CalibrationFigures Figures(double before, decimal maeBefore, double after, decimal maeAfter) => new()
    {
        Folds = 5,
        Before = new AccuracyFigures { Count = 70, Pearson = before, MeanAbsoluteError = maeBefore },
        HeldOutAfter = new AccuracyFigures { Count = 70, Pearson = after, MeanAbsoluteError = maeAfter },
        InSampleAfter = new AccuracyFigures { Count = 70, Pearson = 0.95, MeanAbsoluteError = 90m },
    };

    [Theory]
    [InlineData(0.85, 150, 0.92, 120, true)]
    [InlineData(0.887, 160, 0.881, 151, false)]
    [InlineData(0.85, 150, 0.92, 155, false)]
    [InlineData(0.9, 150, 0.9, 120, false)]
    public void ImprovesOnCurrent_HeldOutFigures_OnlyWhenBothCorrelationAndErrorImprove(double before, int maeBefore, double after, int maeAfter, bool improves) =>
        Figures(before, maeBefore, after, maeAfter).ImprovesOnCurrent.ShouldBe(improves);

    [Fact]
    public void ImprovesOnCurrent_CorrelationNotMeasurable_DoesNotImprove() =>
        (Figures(0.85, 150, 0.9, 120) with { HeldOutAfter = new AccuracyFigures { Count = 70, MeanAbsoluteError = 100m } }).ImprovesOnCurrent.ShouldBeFalse();

    [Fact]
    public async Task Render_HeldOutWorse_WarnsNotToPublishWithTheFigures()
    {
        var document = new HtmlParser().ParseDocument(await Render.HtmlAsync<CalibrationVerdict>((nameof(CalibrationVerdict.Figures), Figures(0.887, 160m, 0.881, 151m))));

        var verdict = document.GetElementById("calibration-verdict")!;
        verdict.ClassList.ShouldContain("staff-warning-text");
        var text = string.Join(' ', verdict.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        text.ShouldContain("Warning");
        text.ShouldContain("do no better than the current ones (Pearson 0.887 before, 0.881 after; mean absolute error £160.00 before, £151.00 after)");
        text.ShouldContain("Do not publish them on this evidence");
    }

    [Fact]
    public async Task Render_HeldOutBetter_SaysSoWithoutAWarning()
    {
        var document = new HtmlParser().ParseDocument(await Render.HtmlAsync<CalibrationVerdict>((nameof(CalibrationVerdict.Figures), Figures(0.85, 150m, 0.92, 120m))));

        var verdict = document.GetElementById("calibration-verdict")!;
        verdict.ClassList.ShouldNotContain("staff-warning-text");
        string.Join(' ', verdict.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .ShouldContain("do better than the current ones: Pearson 0.850 before, 0.920 after; mean absolute error £150.00 before, £120.00 after.");
    }
}
