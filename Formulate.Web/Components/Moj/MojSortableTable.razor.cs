using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Moj;

/// <summary>MOJ sortable table: each sortable column's header is a button that orders the rows by it.</summary>
public partial class MojSortableTable<TItem>
{
    private int? _sortedColumn;
    private MojSortDirection _direction;
    private string? _status;

    [Parameter, EditorRequired] public IReadOnlyList<MojSortableTableColumn<TItem>> Columns { get; set; } = [];
    [Parameter] public IReadOnlyList<TItem> Items { get; set; } = [];
    [Parameter] public string? Caption { get; set; }
    [Parameter] public string? CaptionClasses { get; set; }

    /// <summary>The column the rows are first ordered by, if any.</summary>
    [Parameter] public int? InitialSortColumn { get; set; }

    [Parameter] public MojSortDirection InitialSortDirection { get; set; } = MojSortDirection.Ascending;
    [Parameter] public string? Classes { get; set; }
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    protected override void OnInitialized()
    {
        _sortedColumn = InitialSortColumn;
        _direction = InitialSortColumn is null ? MojSortDirection.None : InitialSortDirection;
    }

    private IEnumerable<TItem> SortedItems
    {
        get
        {
            if (_sortedColumn is not { } index || Columns[index].SortBy is not { } key)
            {
                return Items;
            }

            return _direction == MojSortDirection.Descending
                ? Items.OrderByDescending(key, Comparer<IComparable?>.Default)
                : Items.OrderBy(key, Comparer<IComparable?>.Default);
        }
    }

    private MojSortDirection DirectionOf(int index) => index == _sortedColumn ? _direction : MojSortDirection.None;

    private void SortBy(int index)
    {
        // As in MOJ Frontend: a first click sorts ascending, later clicks alternate.
        _direction = DirectionOf(index) == MojSortDirection.Ascending ? MojSortDirection.Descending : MojSortDirection.Ascending;
        _sortedColumn = index;
        _status = $"Sort by {Columns[index].Title} ({_direction.ToString().ToLowerInvariant()})";
    }

    private static RenderFragment Arrow(MojSortDirection direction) => builder =>
        builder.AddMarkupContent(0, direction switch
        {
            MojSortDirection.Ascending => SortArrows.Up,
            MojSortDirection.Descending => SortArrows.Down,
            _ => SortArrows.UpDown,
        });
}
