namespace Formulate.Analysis.Accuracy;

/// <summary>Splits comma-separated text (RFC 4180, as Excel writes it) into records of fields.</summary>
public static class CsvText
{
    /// <summary>The records in order; a quoted field may hold commas, doubled quotes and line breaks.</summary>
    /// <param name="unclosedQuoteRecord">Set when a quoted field is never closed: the record it starts in.</param>
    public static IReadOnlyList<string[]> Split(string text, out int? unclosedQuoteRecord)
    {
        ArgumentNullException.ThrowIfNull(text);
        unclosedQuoteRecord = null;
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var inQuotes = false;
        var fieldStarted = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    inQuotes = false;
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    inQuotes = true;
                    fieldStarted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    fieldStarted = true;
                    break;
                case '\r' or '\n':
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    EndRecord(records, fields, field, fieldStarted);
                    fieldStarted = false;
                    break;
                default:
                    field.Append(c);
                    fieldStarted = true;
                    break;
            }
        }

        if (inQuotes)
        {
            unclosedQuoteRecord = records.Count + 1;
        }

        EndRecord(records, fields, field, fieldStarted);
        return records;
    }

    /// <summary>
    /// A file to download: a byte order mark so Excel reads it as UTF-8, then each record's fields kept as text and quoted
    /// where needed, and the record ended with CRLF.
    /// </summary>
    public static string Write(IEnumerable<IEnumerable<string>> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var text = new System.Text.StringBuilder("\uFEFF");
        foreach (var record in records)
        {
            text.AppendJoin(',', record.Select(field => Quote(AsText(field)))).Append("\r\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// A spreadsheet runs a field that starts with =, +, -, @, a tab or a carriage return as a formula, and a downloaded
    /// file can echo what someone typed into an upload; a leading apostrophe keeps such a field as text. Numbers stay as
    /// they are.
    /// </summary>
    public static string AsText(string value) =>
        value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal)
        && !decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _)
            ? $"'{value}"
            : value;

    /// <summary>Quotes a field when it holds a comma, quote or line break.</summary>
    public static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    private static void EndRecord(List<string[]> records, List<string> fields, System.Text.StringBuilder field, bool fieldStarted)
    {
        if (!fieldStarted && fields.Count == 0)
        {
            // A blank line (or the end of the last line) is not a record.
            return;
        }

        fields.Add(field.ToString());
        field.Clear();
        records.Add([.. fields]);
        fields.Clear();
    }
}
