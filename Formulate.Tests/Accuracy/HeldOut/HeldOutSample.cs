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

    public static Sample Generate(HeldOutCouncil council, QuestionSet questions, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(council);
        ArgumentNullException.ThrowIfNull(questions);
        var random = new Random(seed);
        var cases = new List<SampleCase>(count);
        for (var i = 0; i < count; i++)
        {
            var person = HeldOutPersonGenerator.Draw(random);
            var date = FirstAssessment.AddDays(random.Next(0, 181));
            var profile = PracticeAnswers.Record(HeldOutRecording.View(person, random), questions, date);
            var package = Bought(HeldOutPlanner.Plan(person, council), council, random);
            cases.Add(new SampleCase { CaseId = $"H{seed}-{i:D5}", Row = i + 2, Profile = profile, Package = package });
        }

        return new Sample { Cases = cases };
    }

    /// <summary>The plan as bought: a plan with nothing in it is still a package of an hour's home care a week.</summary>
    internal static IReadOnlyList<PackageLine> Bought(IReadOnlyList<PackageLine> plan, HeldOutCouncil council, Random random)
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
                units *= (decimal)Math.Clamp(Math.Exp(0.04 * random.Normal()), 0.92, 1.08);
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
