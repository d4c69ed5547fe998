using Formulate.Engine.Estimation;
using Formulate.Engine.Questions;

namespace Formulate.Analysis.Accuracy;

/// <summary>The columns of a sample file and its limits.</summary>
public static class SampleFormat
{
    public const string CaseIdColumn = "case_id";
    public const string AssessmentDateColumn = "assessment_date";
    public const string ExcludedBecauseColumn = "excluded_because";
    public const int MaxExcludedBecauseLength = 200;
    public const int MaxPackageLines = 16;
    public const int MinRows = 70;
    public const int MaxRows = 20_000;
    public const int MaxCaseIdLength = 64;
    public const decimal MaxUnitsPerWeek = 1_000m;
    public const decimal MaxUnitRate = 10_000m;

    /// <summary>Support types a package line may name: those the engine prices.</summary>
    public static IReadOnlyList<string> SupportTypeNames { get; } =
    [
        SupportTypes.HomeCare, SupportTypes.SupportedLiving, SupportTypes.CommunitySupport, SupportTypes.DayOpportunitySession,
        SupportTypes.SleepInNight, SupportTypes.WakingNightHour, SupportTypes.RespiteWeek, SupportTypes.SharedLives,
        SupportTypes.CareHome, SupportTypes.CareHomeStaffHour, SupportTypes.PersonalAssistant,
    ];

    /// <summary>
    /// The support type a package line names for what an estimate line prices: estimates price a day service session,
    /// a Shared Lives fee and one-to-one hours in a care home by band or kind, where a package records one type for each.
    /// </summary>
    public static string PackageSupportType(string estimateSupportType) => estimateSupportType switch
    {
        SupportTypes.DayServiceStandard or SupportTypes.DayServiceEnhanced => SupportTypes.DayOpportunitySession,
        SupportTypes.CareHomeOneToOneHour => SupportTypes.CareHomeStaffHour,
        _ when estimateSupportType.StartsWith(SupportTypes.SharedLives + ".", StringComparison.Ordinal) => SupportTypes.SharedLives,
        _ => estimateSupportType,
    };

    public static string SupportTypeColumn(int line) => $"line_{line}_support_type";

    public static string UnitsColumn(int line) => $"line_{line}_units_per_week";

    public static string RateColumn(int line) => $"line_{line}_unit_rate";

    /// <summary>Every heading, in the template's order: case, date, any reason for leaving it out, each question, then the package lines.</summary>
    public static IReadOnlyList<string> Headings(QuestionSet questions)
    {
        var headings = new List<string> { CaseIdColumn, AssessmentDateColumn, ExcludedBecauseColumn };
        headings.AddRange(questions.Questions.Select(question => question.Id));
        for (var line = 1; line <= MaxPackageLines; line++)
        {
            headings.Add(SupportTypeColumn(line));
            headings.Add(UnitsColumn(line));
            headings.Add(RateColumn(line));
        }

        return headings;
    }

    /// <summary>A template with the headings and one example row, with a byte order mark so Excel reads it as UTF-8.</summary>
    public static string Template(QuestionSet questions, IReadOnlyDictionary<string, string> exampleAnswers, IReadOnlyList<PackageLine> exampleLines, string exampleDate)
    {
        var headings = Headings(questions);
        var values = new List<string> { "CASE-0001", exampleDate, string.Empty };
        values.AddRange(questions.Questions.Select(question => exampleAnswers.TryGetValue(question.Id, out var code) ? code : string.Empty));
        for (var line = 0; line < MaxPackageLines; line++)
        {
            var example = line < exampleLines.Count ? exampleLines[line] : null;
            values.Add(example?.SupportType ?? string.Empty);
            values.Add(example?.UnitsPerWeek.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
            values.Add(example?.UnitRate.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
        }

        return CsvText.Write([headings, values]);
    }
}
