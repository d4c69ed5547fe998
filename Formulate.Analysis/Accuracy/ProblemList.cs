namespace Formulate.Analysis.Accuracy;

/// <summary>Problems found in a sample file, up to a limit, with a closing note when some were left out.</summary>
internal sealed class ProblemList
{
    private readonly List<SampleProblem> _items = [];
    private readonly HashSet<int> _rows = [];
    private int _leftOut;

    public int Count => _items.Count + _leftOut;

    public bool Full => _items.Count >= SampleParser.MaxProblemsListed;

    public IReadOnlyList<SampleProblem> Items => _leftOut == 0
        ? _items
        : [.. _items, new SampleProblem { Reason = $"Listing stopped after {SampleParser.MaxProblemsListed} problems; put these right and check the file again" }];

    public void Add(int? row, string? column, string reason)
    {
        if (row is { } number)
        {
            _rows.Add(number);
        }

        if (Full)
        {
            _leftOut++;
            return;
        }

        _items.Add(new SampleProblem { Row = row, Column = column, Reason = reason });
    }

    public bool HasRow(int row) => _rows.Contains(row);
}
