using Formulate.Engine.Defaults;

namespace Formulate.Tests.Accuracy.Practice;

/// <summary>
/// The four pairings measured once for all the tests that read them (twenty calibrations and forty reports of 1,000):
/// each planner calibrated on 70 and measured on 1,000 others from its own council, and each calibration measured on
/// the other planner's council. The model is the current one, formulate-core@2026.1, for both.
/// </summary>
public sealed class TwoPlannerFigures
{
    public const int CouncilSeed = 2026;
    public const int MeasuredSeed = 1000;
    public const int CalibrationSize = 70;
    public const int MeasuredSize = 1000;

    /// <summary>Ten samples of 70 from each planner, as a council's accuracy test would take them.</summary>
    public static readonly int[] CalibrationSeeds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

    public TwoPlannerFigures()
        : this(CouncilSeed)
    {
    }

    private TwoPlannerFigures(int councilSeed)
    {
        var definition = DefaultDefinitions.CareAsPlanned;
        var council = PracticeCouncil.Drawn(councilSeed);
        First = new PlannerSource(
            "First planner (CarePlanner, demo council)",
            definition with { Configuration = CarePlannerInNewQuestions.Configuration(definition.Configuration) },
            (count, seed) => CarePlannerInNewQuestions.Generate(definition.Questions, count, seed));
        Practice = new PlannerSource(
            $"Practice planner ({council.Name})",
            PracticeCouncilConfiguration.Definition(council),
            (count, seed) => PracticeSample.Generate(council, definition.Questions, count, seed));

        var firstMeasured = First.Generate(MeasuredSize, MeasuredSeed);
        var practiceMeasured = Practice.Generate(MeasuredSize, MeasuredSeed);
        var firstCalibrations = TwoPlannerAccuracy.Calibrate(First, CalibrationSeeds, CalibrationSize);
        var practiceCalibrations = TwoPlannerAccuracy.Calibrate(Practice, CalibrationSeeds, CalibrationSize);
        FirstWithin = TwoPlannerAccuracy.Measure(First, firstCalibrations, First, firstMeasured);
        PracticeWithin = TwoPlannerAccuracy.Measure(Practice, practiceCalibrations, Practice, practiceMeasured);
        FirstOnPractice = TwoPlannerAccuracy.Measure(First, firstCalibrations, Practice, practiceMeasured);
        PracticeOnFirst = TwoPlannerAccuracy.Measure(Practice, practiceCalibrations, First, firstMeasured);
    }

    /// <summary>The same four pairings with another council drawn by the practice planner, whose habits and rates differ.</summary>
    public static TwoPlannerFigures WithPracticeCouncil(int councilSeed) => new(councilSeed);

    public PlannerSource First { get; }

    public PlannerSource Practice { get; }

    public HeldOutFigures FirstWithin { get; }

    public HeldOutFigures PracticeWithin { get; }

    public HeldOutFigures FirstOnPractice { get; }

    public HeldOutFigures PracticeOnFirst { get; }

    public IReadOnlyList<HeldOutFigures> All => [FirstWithin, PracticeWithin, PracticeOnFirst, FirstOnPractice];
}
