using System.Globalization;
using System.Text;
using Formulate.Analysis.Accuracy;
using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;
using Formulate.Engine.Questions;
using Formulate.Tests.Engine;

namespace Formulate.Tests.Accuracy;

/// <summary>
/// Reproducible accuracy samples: profiles spread like a caseload, packages arranged by <see cref="CarePlanner"/>, then
/// the variation real packages have (units agreed with the person, providers' own rates) and a few outliers (a
/// specialist provider at a much higher rate, or a package far smaller than the needs because of support not recorded).
/// </summary>
public static class SyntheticSample
{
    /// <param name="choose">Picks each answer; <see cref="CaseloadAnswers.Choose"/> unless another spread is wanted.</param>
    public static Sample Generate(int count, int seed, double noise = 0.08, double outlierShare = 0.03, EngineDefinition? definition = null, Func<Question, Random, AnswerOption>? choose = null)
    {
        definition ??= DefaultDefinitions.Definition;
        var random = new Random(seed);
        var planner = new CarePlanner(definition.Configuration);
        var cases = new List<SampleCase>(count);
        for (var i = 0; i < count; i++)
        {
            var profile = ProfileGenerator.Generate(definition.Questions, random, choose ?? CaseloadAnswers.Choose, new DateOnly(2025, 6, 1).AddDays(random.Next(180)));
            var lines = planner.Plan(profile).Select(line => Vary(line, random, noise)).ToList();
            if (random.NextDouble() < outlierShare && lines.Count > 0)
            {
                lines = Outlier(lines, random);
            }

            if (lines.Count == 0)
            {
                lines.Add(new PackageLine { SupportType = SupportTypes.HomeCare, UnitsPerWeek = 1m, UnitRate = 21.64m });
            }

            cases.Add(new SampleCase { CaseId = $"S{seed}-{i + 1:D5}", Row = i + 2, Profile = profile, Package = lines });
        }

        return new Sample { Cases = cases };
    }

    /// <summary>The sample as a file in the documented format.</summary>
    public static string ToCsv(Sample sample, EngineDefinition? definition = null)
    {
        definition ??= DefaultDefinitions.Definition;
        var headings = SampleFormat.Headings(definition.Questions);
        var text = new StringBuilder();
        text.Append(string.Join(',', headings)).Append("\r\n");
        foreach (var sampleCase in sample.Cases)
        {
            var values = new List<string> { sampleCase.CaseId, sampleCase.Profile.AssessmentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), sampleCase.ExcludedBecause ?? string.Empty };
            values.AddRange(definition.Questions.Questions.Select(question => sampleCase.Profile.Answers.GetValueOrDefault(question.Id) ?? string.Empty));
            for (var line = 0; line < SampleFormat.MaxPackageLines; line++)
            {
                var package = line < sampleCase.Package.Count ? sampleCase.Package[line] : null;
                values.Add(package?.SupportType ?? string.Empty);
                values.Add(package?.UnitsPerWeek.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
                values.Add(package?.UnitRate.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            }

            text.Append(string.Join(',', values.Select(CsvText.Quote))).Append("\r\n");
        }

        return text.ToString();
    }

    private static PackageLine Vary(PackageLine line, Random random, double noise)
    {
        var units = line.UnitsPerWeek * (decimal)Math.Exp(noise * Gaussian(random));
        var rate = line.UnitRate * (decimal)(1 + ((random.NextDouble() - 0.5) * 0.1));
        return line with { UnitsPerWeek = Math.Round(units, 2), UnitRate = Math.Round(rate, 2) };
    }

    private static List<PackageLine> Outlier(List<PackageLine> lines, Random random) => random.Next(2) == 0
        ? [lines[0] with { UnitRate = Math.Round(lines[0].UnitRate * 1.6m, 2) }, .. lines.Skip(1)]
        : [.. lines.Select(line => line with { UnitsPerWeek = Math.Round(line.UnitsPerWeek * 0.5m, 2) })];

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
