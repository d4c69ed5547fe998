using System.Globalization;
using Formulate.Engine.Profiles;
using Formulate.Engine.Questions;
using Formulate.Engine.Text;

namespace Formulate.Analysis.Accuracy;

/// <summary>Reads a sample file and checks every row; any problem means nothing is imported.</summary>
public static class SampleParser
{
    /// <summary>Listing stops here: a file with more is wrong throughout, and the first problems show how.</summary>
    public const int MaxProblemsListed = 500;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public static SampleImport Parse(string text, QuestionSet questions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(questions);
        var problems = new ProblemList();
        var records = CsvText.Split(text, out var unclosed);
        if (unclosed is { } unclosedRow)
        {
            problems.Add(unclosedRow, null, "A quoted value is never closed; add the closing double quote (\")");
            return SampleImport.Failed(problems.Items);
        }

        if (records.Count == 0)
        {
            problems.Add(null, null, "The file is empty; download the template and add one row per person");
            return SampleImport.Failed(problems.Items);
        }

        var layout = ReadHeader(records[0], questions, problems);
        var rowCount = records.Count - 1;
        if (rowCount < SampleFormat.MinRows || rowCount > SampleFormat.MaxRows)
        {
            problems.Add(null, null, string.Create(UkFormat.Culture, $"The file has {rowCount:N0} {(rowCount == 1 ? "person" : "people")}; a sample needs between {SampleFormat.MinRows} and {SampleFormat.MaxRows:N0}, one row each"));
        }

        if (layout is null || rowCount > SampleFormat.MaxRows)
        {
            return SampleImport.Failed(problems.Items);
        }

        var cases = new List<SampleCase>(rowCount);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 1; index < records.Count; index++)
        {
            var read = ReadRow(records[index], index + 1, layout, questions, seen, problems);
            if (read is not null)
            {
                cases.Add(read);
            }
        }

        var included = cases.Count(sampleCase => sampleCase.ExcludedBecause is null);
        if (problems.Count == 0 && included < SampleFormat.MinRows)
        {
            problems.Add(null, SampleFormat.ExcludedBecauseColumn, string.Create(UkFormat.Culture, $"{rowCount - included:N0} of the {rowCount:N0} people are excluded, leaving {included:N0}; a sample needs at least {SampleFormat.MinRows} people who are not excluded, so add more people or include some of those excluded"));
        }

        return problems.Count > 0 ? SampleImport.Failed(problems.Items) : SampleImport.Succeeded(new Sample { Cases = cases });
    }

    private static HeaderLayout? ReadHeader(string[] header, QuestionSet questions, ProblemList problems)
    {
        var layout = new HeaderLayout(header.Length);
        var before = problems.Count;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var column = 0; column < header.Length; column++)
        {
            var name = header[column].Trim();
            if (name.Length == 0)
            {
                problems.Add(1, $"column {column + 1}", "The heading is blank; give every column a heading from the template, or delete the column");
                continue;
            }

            if (!seen.Add(name))
            {
                problems.Add(1, name, "The heading appears more than once; keep one column for it");
                continue;
            }

            if (name == SampleFormat.CaseIdColumn)
            {
                layout.CaseId = column;
            }
            else if (name == SampleFormat.AssessmentDateColumn)
            {
                layout.AssessmentDate = column;
            }
            else if (name == SampleFormat.ExcludedBecauseColumn)
            {
                layout.ExcludedBecause = column;
            }
            else if (PackageColumn(name) is { } package)
            {
                layout.Package[package.Line - 1, package.Part] = column;
            }
            else if (questions.PositionOf(name) >= 0)
            {
                layout.Questions.Add((column, name));
            }
            else
            {
                problems.Add(1, name, $"'{name}' is not a question id in question set {questions.Version} or a package line heading; check the spelling against the template");
            }
        }

        if (layout.CaseId < 0)
        {
            problems.Add(1, SampleFormat.CaseIdColumn, $"There is no '{SampleFormat.CaseIdColumn}' column; add one with each person's pseudonymous case id");
        }

        if (layout.AssessmentDate < 0)
        {
            problems.Add(1, SampleFormat.AssessmentDateColumn, $"There is no '{SampleFormat.AssessmentDateColumn}' column; add one with the date of each Needs Profile");
        }

        for (var line = 0; line < SampleFormat.MaxPackageLines; line++)
        {
            var present = Enumerable.Range(0, 3).Count(part => layout.Package[line, part] >= 0);
            if (present is > 0 and < 3)
            {
                problems.Add(1, $"line {line + 1}", $"Package line {line + 1} needs all three columns: {SampleFormat.SupportTypeColumn(line + 1)}, {SampleFormat.UnitsColumn(line + 1)} and {SampleFormat.RateColumn(line + 1)}");
            }
        }

        if (layout.Package[0, 0] < 0)
        {
            problems.Add(1, SampleFormat.SupportTypeColumn(1), "There are no package line columns; add at least line 1's support type, units per week and unit rate");
        }

        return problems.Count > before ? null : layout;
    }

    private static (int Line, int Part)? PackageColumn(string name)
    {
        for (var line = 1; line <= SampleFormat.MaxPackageLines; line++)
        {
            if (name == SampleFormat.SupportTypeColumn(line))
            {
                return (line, 0);
            }

            if (name == SampleFormat.UnitsColumn(line))
            {
                return (line, 1);
            }

            if (name == SampleFormat.RateColumn(line))
            {
                return (line, 2);
            }
        }

        return null;
    }

    private static SampleCase? ReadRow(string[] fields, int row, HeaderLayout layout, QuestionSet questions, Dictionary<string, int> seen, ProblemList problems)
    {
        if (fields.Length != layout.Width)
        {
            problems.Add(row, null, $"The row has {fields.Length} values but the header has {layout.Width} columns; every row needs one value (possibly empty) per column");
            return null;
        }

        var before = problems.Count;
        var caseId = fields[layout.CaseId].Trim();
        if (caseId.Length == 0)
        {
            problems.Add(row, SampleFormat.CaseIdColumn, "Enter the person's pseudonymous case id");
        }
        else if (caseId.Length > SampleFormat.MaxCaseIdLength)
        {
            problems.Add(row, SampleFormat.CaseIdColumn, $"The case id is {caseId.Length} characters long; use at most {SampleFormat.MaxCaseIdLength}");
        }
        else if (seen.TryGetValue(caseId, out var firstRow))
        {
            problems.Add(row, SampleFormat.CaseIdColumn, $"Case id '{caseId}' is also on row {firstRow}; each person appears once");
        }
        else
        {
            seen[caseId] = row;
        }

        var dateText = fields[layout.AssessmentDate].Trim();
        DateOnly date = default;
        if (dateText.Length == 0)
        {
            problems.Add(row, SampleFormat.AssessmentDateColumn, "Enter the date of the Needs Profile, for example 2025-06-01");
        }
        else if (!DateOnly.TryParseExact(dateText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            problems.Add(row, SampleFormat.AssessmentDateColumn, $"'{Shorten(dateText)}' is not a date; write it as year-month-day, for example 2025-06-01");
        }

        var excludedBecause = ExcludedBecause(fields, row, layout, problems);
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (column, questionId) in layout.Questions)
        {
            var code = fields[column].Trim();
            if (code.Length > 0)
            {
                answers[questionId] = code;
            }
        }

        var profile = new NeedsProfile { AssessmentDate = date == default ? new DateOnly(2000, 1, 1) : date, Answers = answers };
        foreach (var problem in ProfileValidator.Validate(questions, profile))
        {
            problems.Add(row, problem.QuestionId, problem.Message);
        }

        var package = ReadPackage(fields, row, layout, excluded: excludedBecause is not null, problems);
        return problems.Count > before
            ? null
            : new SampleCase { CaseId = caseId, Row = row, Profile = profile with { AssessmentDate = date }, Package = package, ExcludedBecause = excludedBecause };
    }

    private static string? ExcludedBecause(string[] fields, int row, HeaderLayout layout, ProblemList problems)
    {
        var reason = layout.ExcludedBecause < 0 ? string.Empty : fields[layout.ExcludedBecause].Trim();
        if (reason.Length > SampleFormat.MaxExcludedBecauseLength)
        {
            problems.Add(row, SampleFormat.ExcludedBecauseColumn, $"The reason is {reason.Length} characters long; use at most {SampleFormat.MaxExcludedBecauseLength}, for example 'Joint funding with the NHS'");
        }

        return reason.Length == 0 ? null : reason;
    }

    /// <param name="excluded">Whether the case is left out of the figures, in which case it may have no package (someone without one).</param>
    private static List<PackageLine> ReadPackage(string[] fields, int row, HeaderLayout layout, bool excluded, ProblemList problems)
    {
        var lines = new List<PackageLine>();
        for (var line = 1; line <= SampleFormat.MaxPackageLines; line++)
        {
            if (layout.Package[line - 1, 0] < 0)
            {
                continue;
            }

            var type = fields[layout.Package[line - 1, 0]].Trim();
            var unitsText = fields[layout.Package[line - 1, 1]].Trim();
            var rateText = fields[layout.Package[line - 1, 2]].Trim();
            if (type.Length == 0 && unitsText.Length == 0 && rateText.Length == 0)
            {
                continue;
            }

            var ok = true;
            if (type.Length == 0)
            {
                problems.Add(row, SampleFormat.SupportTypeColumn(line), $"Enter the support type of package line {line}, or clear the line's units and rate");
                ok = false;
            }
            else if (!SampleFormat.SupportTypeNames.Contains(type, StringComparer.Ordinal))
            {
                problems.Add(row, SampleFormat.SupportTypeColumn(line), $"'{Shorten(type)}' is not a support type; use one of {string.Join(", ", SampleFormat.SupportTypeNames)}");
                ok = false;
            }

            var units = Amount(unitsText, row, SampleFormat.UnitsColumn(line), "units per week", SampleFormat.MaxUnitsPerWeek, problems);
            var rate = Amount(rateText, row, SampleFormat.RateColumn(line), "unit rate", SampleFormat.MaxUnitRate, problems);
            if (ok && units is not null && rate is not null)
            {
                lines.Add(new PackageLine { SupportType = type, UnitsPerWeek = units.Value, UnitRate = rate.Value });
            }
        }

        if (lines.Count == 0 && !excluded && !problems.HasRow(row))
        {
            problems.Add(row, SampleFormat.SupportTypeColumn(1), $"The package has no lines; enter at least one support type with its units per week and unit rate, or say in {SampleFormat.ExcludedBecauseColumn} why the person is left out (for example 'No care package')");
        }

        return lines;
    }

    private static decimal? Amount(string text, int row, string column, string what, decimal maximum, ProblemList problems)
    {
        if (text.Length == 0)
        {
            problems.Add(row, column, $"Enter the {what}");
            return null;
        }

        var plain = text.StartsWith('£') ? text[1..] : text;
        if (!decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value))
        {
            problems.Add(row, column, $"The {what} '{Shorten(text)}' is not a number; enter digits only, for example 12.5");
            return null;
        }

        if (value < 0)
        {
            problems.Add(row, column, string.Create(UkFormat.Culture, $"The {what} is negative ({value}); enter zero or more"));
            return null;
        }

        if (value > maximum)
        {
            problems.Add(row, column, string.Create(UkFormat.Culture, $"The {what} {value} is more than {maximum:N0}; check it was entered per week and in pounds"));
            return null;
        }

        return value;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
