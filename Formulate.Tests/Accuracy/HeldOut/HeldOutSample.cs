using Formulate.Analysis.Accuracy;
using Formulate.Engine.Questions;
using Formulate.Tests.Accuracy.Practice;

namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>
/// An accuracy sample from a held-out council: each person's Needs Profile as a practitioner recorded it, and the
/// package as bought from providers, which never quite matches the plan: units drift, each provider has its own rate,
/// and a few packages are outliers (a specialist provider, or half the need met in ways never recorded).
/// </summary>
public static class HeldOutSample
{
    private static readonly DateOnly FirstAssessment = new(2026, 4, 1);

    /// <param name="drift">
    /// How far bought units drift from the plan: by default this planner's own (within 8 % either way); given, a
    /// lognormal drift of that standard deviation, to see how the figures fall as packages part further from plans.
    /// </param>
    public static Sample Generate(HeldOutCouncil council, QuestionSet questions, int count, int seed, double? drift = null) =>
        new() { Cases = [.. Planned(council, questions, count, seed, drift).Select(planned => planned.Case)] };

    /// <summary>
    /// The sample's cases, each with its plan's weekly cost before it was bought: the Pearson between the two is the
    /// best any model could reach on the sample.
    /// </summary>
    public static IReadOnlyList<(SampleCase Case, decimal PlannedWeeklyCost)> Planned(HeldOutCouncil council, QuestionSet questions, int count, int seed, double? drift = null)
    {
        ArgumentNullException.ThrowIfNull(council);
        ArgumentNullException.ThrowIfNull(questions);
        var random = new Random(seed);
        var cases = new List<(SampleCase, decimal)>(count);
        for (var i = 0; i < count; i++)
        {
            var person = HeldOutPersonGenerator.Draw(random);
            var date = FirstAssessment.AddDays(random.Next(0, 181));
            var profile = PracticeAnswers.Record(HeldOutRecording.View(person, random), questions, date);
            var plan = HeldOutPlanner.Plan(person, council);
            var package = Bought(plan, council, random, drift);
            var planned = plan.Count == 0 ? package.Sum(line => line.WeeklyCost) : plan.Sum(line => line.WeeklyCost);
            cases.Add((new SampleCase { CaseId = $"H{seed}-{i:D5}", Row = i + 2, Profile = profile, Package = package }, planned));
        }

        return cases;
    }

    /// <summary>The plan as bought: a plan with nothing in it is still a package of an hour's home care a week.</summary>
    internal static IReadOnlyList<PackageLine> Bought(IReadOnlyList<PackageLine> plan, HeldOutCouncil council, Random random, double? drift = null)
    {
        var outlier = random.Chance(0.03);
        var halfMetElsewhere = outlier && random.Chance(0.5) && plan.Any(line => !Weekly(line.SupportType));
        var specialist = outlier && !halfMetElsewhere;
        var bought = new List<PackageLine>(plan.Count);
        foreach (var line in plan)
        {
            var units = line.UnitsPerWeek;
            if (!Weekly(line.SupportType))
            {
                // Units drift by up to about 8 % either way from the plan (lognormal, clamped).
                var lognormal = Math.Exp((drift ?? 0.04) * random.Normal());
                units *= (decimal)(drift is null ? Math.Clamp(lognormal, 0.92, 1.08) : lognormal);
            }

            var rate = line.UnitRate * random.Between(0.95m, 1.05m);
            if (specialist)
            {
                rate *= 1.6m;
            }

            if (halfMetElsewhere && !Weekly(line.SupportType))
            {
                units *= 0.5m;
            }

            bought.Add(new PackageLine
            {
                SupportType = line.SupportType,
                UnitsPerWeek = Math.Round(units, line.SupportType == HeldOutSupport.RespiteWeek ? 4 : 2, MidpointRounding.AwayFromZero),
                UnitRate = Math.Round(rate, 2, MidpointRounding.AwayFromZero),
            });
        }

        if (bought.Count == 0)
        {
            bought.Add(new PackageLine { SupportType = HeldOutSupport.HomeCare, UnitsPerWeek = 1m, UnitRate = council.Rate(HeldOutRateKeys.HomeCare) });
        }

        return bought;
    }

    /// <summary>A care home or Shared Lives fee is a week's fee: its units do not drift.</summary>
    private static bool Weekly(string supportType) => supportType is HeldOutSupport.CareHome or HeldOutSupport.SharedLives;
}
