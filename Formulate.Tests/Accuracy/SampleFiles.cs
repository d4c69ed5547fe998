using Formulate.Analysis.Accuracy;

namespace Formulate.Tests.Accuracy;

/// <summary>Valid sample files, and copies with one cell, row or heading changed.</summary>
public sealed class SampleFiles
{
    private readonly List<string[]> _records;

    private SampleFiles(List<string[]> records) => _records = records;

    public static SampleFiles Valid(int rows = SampleFormat.MinRows, int seed = 3) =>
        new([.. CsvText.Split(SyntheticSample.ToCsv(SyntheticSample.Generate(rows, seed)), out _)]);

    /// <summary>Sets the cell in file row <paramref name="row"/> (the header is row 1) under <paramref name="column"/>.</summary>
    public SampleFiles Set(int row, string column, string value)
    {
        var index = Array.IndexOf(_records[0], column);
        index.ShouldBeGreaterThanOrEqualTo(0, $"no column {column}");
        _records[row - 1][index] = value;
        return this;
    }

    public string Get(int row, string column) => _records[row - 1][Array.IndexOf(_records[0], column)];

    public SampleFiles RenameColumn(string column, string heading) => Set(1, column, heading);

    public SampleFiles DropLastValue(int row)
    {
        _records[row - 1] = _records[row - 1][..^1];
        return this;
    }

    public SampleFiles DropColumn(string column)
    {
        var index = Array.IndexOf(_records[0], column);
        index.ShouldBeGreaterThanOrEqualTo(0, $"no column {column}");
        for (var row = 0; row < _records.Count; row++)
        {
            _records[row] = [.. _records[row].Take(index), .. _records[row].Skip(index + 1)];
        }

        return this;
    }

    public SampleFiles KeepRows(int count)
    {
        _records.RemoveRange(count + 1, _records.Count - count - 1);
        return this;
    }

    public string Text => string.Join("\r\n", _records.Select(record => string.Join(',', record.Select(CsvText.Quote)))) + "\r\n";
}
