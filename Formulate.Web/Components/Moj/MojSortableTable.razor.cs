using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Moj;

/// <summary>MOJ sortable table: each sortable column's header is a button that orders the rows by it.</summary>
public partial class MojSortableTable<TItem>
{
    private int? _sortedColumn;
    private SortDirection _direction;
    private string? _status;

    [Parameter, EditorRequired] public IReadOnlyList<MojSortableTableColumn<TItem>> Columns { get; set; } = [];
    [Parameter] public IReadOnlyList<TItem> Items { get; set; } = [];
    [Parameter] public string? Caption { get; set; }
    [Parameter] public string? CaptionClasses { get; set; }

    /// <summary>The column the rows are first ordered by, if any.</summary>
    [Parameter] public int? InitialSortColumn { get; set; }

    [Parameter] public SortDirection InitialSortDirection { get; set; } = SortDirection.Ascending;
    [Parameter] public string? Classes { get; set; }
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    protected override void OnInitialized()
    {
        _sortedColumn = InitialSortColumn;
        _direction = InitialSortColumn is null ? SortDirection.None : InitialSortDirection;
    }

    private IEnumerable<TItem> SortedItems
    {
        get
        {
            if (_sortedColumn is not { } index || Columns[index].SortBy is not { } key)
            {
                return Items;
            }

            return _direction == SortDirection.Descending
                ? Items.OrderByDescending(key, Comparer<IComparable?>.Default)
                : Items.OrderBy(key, Comparer<IComparable?>.Default);
        }
    }

    private SortDirection DirectionOf(int index) => index == _sortedColumn ? _direction : SortDirection.None;

    private void SortBy(int index)
    {
        // As in MOJ Frontend: a first click sorts ascending, later clicks alternate.
        _direction = DirectionOf(index) == SortDirection.Ascending ? SortDirection.Descending : SortDirection.Ascending;
        _sortedColumn = index;
        _status = $"Sort by {Columns[index].Title} ({_direction.ToString().ToLowerInvariant()})";
    }

    private static RenderFragment Arrow(SortDirection direction) => builder =>
        builder.AddMarkupContent(0, direction switch
        {
            SortDirection.Ascending => SortArrows.Up,
            SortDirection.Descending => SortArrows.Down,
            _ => SortArrows.UpDown,
        });
}
