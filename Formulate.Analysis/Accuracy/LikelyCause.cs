using Formulate.Analysis.Text;
using Formulate.Engine.Estimation;

namespace Formulate.Analysis.Accuracy;

/// <summary>A first thing to check for an outlier, worked out from where its package and estimate differ.</summary>
internal static class LikelyCause
{
    /// <summary>A package rate this much above the council's own suggests a specialist provider or a rate to review.</summary>
    private const decimal RateMargin = 1.2m;

    public static string For(EngineDefinition definition, SampleCase sampleCase, IReadOnlyList<SupportDifference> differences)
    {
        var reason = sampleCase.Profile.Answers.GetValueOrDefault("person.primary_support_reason");
        foreach (var line in sampleCase.Package)
        {
            var councilRate = CouncilRate(definition, line.SupportType, reason, sampleCase.Profile.AssessmentDate);
            if (councilRate is > 0m && line.UnitRate > councilRate * RateMargin)
            {
                return $"Rate: the package pays {Pounds.Format(line.UnitRate)} a unit for {Words(line.SupportType)} against the council's {Pounds.Format(councilRate.Value)} for this person. " +
                       "Check for a specialist provider or a market supplement, or a rate in the configuration that needs reviewing.";
            }
        }

        if (differences.Count == 0)
        {
            return "The difference comes from the council's limits (cap or minimum); check whether they suit this case.";
        }

        var largest = differences[0];
        if (largest.Estimated == 0m)
        {
            return $"Unusual needs: the package includes {Words(largest.SupportType)} that the answers do not call for. " +
                   "Check for needs the Needs Profile does not capture, or answers that are out of date.";
        }

        if (largest.Actual == 0m)
        {
            return $"The estimate allows {Words(largest.SupportType)} ({string.Join(", ", largest.Areas)}) that the package does not pay for. " +
                   "Check for support met in other ways (unpaid, community) that the answers do not record, or a package due for review.";
        }

        return largest.Difference > 0m
            ? $"Unusual needs or a specialist provider: the package pays more for {Words(largest.SupportType)} ({string.Join(", ", largest.Areas)}) than the answers call for. Check the answers in these areas are current."
            : $"The package pays less for {Words(largest.SupportType)} ({string.Join(", ", largest.Areas)}) than the answers call for. Check for support met in other ways, or whether the answers overstate the need.";
    }

    /// <summary>A support type as the reader says it ("home care"), not as the sample file codes it ("home_care").</summary>
    private static string Words(string supportType) => supportType.Replace('_', ' ');

    /// <summary>
    /// The council's rate for the support type on the date: its own rate for the person's primary support reason where it
    /// sets one, as the estimate uses. Where the configuration prices the type by band (day service sessions, Shared Lives
    /// fees), its highest band's: a package paying well above even that is above the council's rates.
    /// </summary>
    private static decimal? CouncilRate(EngineDefinition definition, string supportType, string? reason, DateOnly date) =>
        RateFor(definition, supportType, reason, date)
        ?? definition.Configuration.Parameters
            .Select(parameter => RateKeys.SupportTypeOf(parameter.Key))
            .OfType<string>()
            .Where(priced => priced != supportType && SampleFormat.PackageSupportType(priced) == supportType)
            .Select(priced => RateFor(definition, priced, reason, date))
            .Max();

    private static decimal? RateFor(EngineDefinition definition, string supportType, string? reason, DateOnly date)
    {
        var (general, specific) = RateKeys.Of(supportType, reason);
        var configuration = definition.Configuration;
        return (specific is null ? null : configuration.Find(specific)?.At(date)?.Value) ?? configuration.Find(general)?.At(date)?.Value;
    }
}
