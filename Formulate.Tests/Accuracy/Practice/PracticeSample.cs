using Formulate.Analysis.Accuracy;
using Formulate.Engine.Questions;
using static Formulate.Tests.Accuracy.Practice.Draw;

namespace Formulate.Tests.Accuracy.Practice;

/// <summary>
/// Reproducible accuracy samples from one council: people drawn by <see cref="PersonGenerator"/>, the answers a
/// practitioner would record about them, and the package the council's <see cref="PracticePlanner"/> would arrange,
/// then bought from providers: units agreed with the person (within about 8% either way), each provider's own rate
/// (within 5%), and a few packages a profile cannot explain (a specialist provider at 60% more, or support met in ways
/// never recorded, halving the package).
/// </summary>
public static class PracticeSample
{
    public static Sample Generate(PracticeCouncil council, QuestionSet questions, int count, int seed, double noise = 0.08, double outlierShare = 0.03)
    {
        var random = new Random(seed);
        var planner = new PracticePlanner(council);
        var cases = new List<SampleCase>(count);
        for (var i = 0; i < count; i++)
        {
            var person = PersonGenerator.Next(random);
            var profile = PracticeAnswers.Record(person, questions, random, new DateOnly(2026, 4, 1).AddDays(random.Next(180)));
            var lines = planner.Plan(person).Select(line => Bought(line, random, noise)).ToList();
            if (lines.Count > 0 && Chance(random, outlierShare))
            {
                lines = Chance(random, 0.5)
                    ? [lines[0] with { UnitRate = Math.Round(lines[0].UnitRate * 1.6m, 2) }, .. lines.Skip(1)]
                    : [.. lines.Select(line => line with { UnitsPerWeek = Math.Round(line.UnitsPerWeek * 0.5m, 2) })];
            }

            // Someone eligible with needs all met elsewhere still has a review visit's worth of support on record.
            if (lines.Count == 0)
            {
                lines.Add(new PackageLine { SupportType = "home_care", UnitsPerWeek = 1m, UnitRate = council.HomeCareHour });
            }

            cases.Add(new SampleCase { CaseId = $"P{seed}-{i + 1:D5}", Row = i + 2, Profile = profile, Package = lines });
        }

        return new Sample { Cases = cases };
    }

    private static PackageLine Bought(PackageLine line, Random random, double noise) => line with
    {
        UnitsPerWeek = Math.Round(line.UnitsPerWeek * (decimal)Math.Exp(noise * Gaussian(random)), 2),
        UnitRate = Math.Round(line.UnitRate * (decimal)(1 + ((random.NextDouble() - 0.5) * 0.1)), 2),
    };
}
