using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Moj;

namespace Formulate.Tests.Web.Components;

// The expected markup is what MOJ Frontend's sortable-table script makes of a govuk-table:
// a button in each sortable header, an arrow icon showing the direction, and a status region.
public class MojSortableTableTests
{
    private sealed record Person(string Name, decimal Budget);

    private static readonly Person[] People = [new("Bea", 120m), new("Al", 300m), new("Cy", 80m)];

    private static readonly MojSortableTableColumn<Person>[] Columns =
    [
        new() { Title = "Name", Display = p => p.Name, SortBy = p => p.Name },
        new() { Title = "Weekly budget", Display = p => p.Budget.ToString("0", System.Globalization.CultureInfo.InvariantCulture), SortBy = p => p.Budget, Numeric = true },
        new() { Title = "Notes", Display = _ => "" },
    ];

    [Fact]
    public async Task Render_SortedByBudgetDescending_OrdersRowsAndSetsAriaSort()
    {
        var html = await Render.HtmlAsync<MojSortableTable<Person>>(
            (nameof(MojSortableTable<Person>.Columns), Columns),
            (nameof(MojSortableTable<Person>.Items), People),
            (nameof(MojSortableTable<Person>.Caption), "People"),
            (nameof(MojSortableTable<Person>.InitialSortColumn), 1),
            (nameof(MojSortableTable<Person>.InitialSortDirection), MojSortDirection.Descending));

        html.ShouldHaveShapeOf($$"""
            <table class="govuk-table">
              <caption class="govuk-table__caption">People<span class="govuk-visually-hidden"> (column headers with buttons are sortable).</span></caption>
              <thead class="govuk-table__head">
                <tr class="govuk-table__row">
                  <th scope="col" class="govuk-table__header" aria-sort="none"><button type="button" data-index="0">Name{{UpDownArrow}}</button></th>
                  <th scope="col" class="govuk-table__header govuk-table__header--numeric" aria-sort="descending"><button type="button" data-index="1">Weekly budget{{DownArrow}}</button></th>
                  <th scope="col" class="govuk-table__header">Notes</th>
                </tr>
              </thead>
              <tbody class="govuk-table__body">
                <tr class="govuk-table__row"><td class="govuk-table__cell">Al</td><td class="govuk-table__cell govuk-table__cell--numeric">300</td><td class="govuk-table__cell"></td></tr>
                <tr class="govuk-table__row"><td class="govuk-table__cell">Bea</td><td class="govuk-table__cell govuk-table__cell--numeric">120</td><td class="govuk-table__cell"></td></tr>
                <tr class="govuk-table__row"><td class="govuk-table__cell">Cy</td><td class="govuk-table__cell govuk-table__cell--numeric">80</td><td class="govuk-table__cell"></td></tr>
              </tbody>
            </table>
            <div aria-atomic="true" aria-live="polite" class="govuk-visually-hidden" role="status"></div>
            """);
    }

    [Fact]
    public async Task Render_NoInitialSort_KeepsGivenOrderAndAllHeadersUnsorted()
    {
        var html = await Render.HtmlAsync<MojSortableTable<Person>>(
            (nameof(MojSortableTable<Person>.Columns), Columns),
            (nameof(MojSortableTable<Person>.Items), People));

        var shape = HtmlShape.Of(html);
        shape.ShouldNotContain("aria-sort=\"ascending\"");
        shape.ShouldNotContain("aria-sort=\"descending\"");
        shape.IndexOf("Bea", StringComparison.Ordinal).ShouldBeLessThan(shape.IndexOf("Al\n", StringComparison.Ordinal));
    }

    private const string UpDownArrow =
        """<svg width="22" height="22" focusable="false" aria-hidden="true" role="img" viewBox="0 0 22 22" fill="none" xmlns="http://www.w3.org/2000/svg"><path d="M8.1875 9.5L10.9609 3.95703L13.7344 9.5H8.1875Z" fill="currentColor"/><path d="M13.7344 12.0781L10.9609 17.6211L8.1875 12.0781H13.7344Z" fill="currentColor"/></svg>""";

    private const string DownArrow =
        """<svg width="22" height="22" focusable="false" aria-hidden="true" role="img" viewBox="0 0 22 22" fill="none" xmlns="http://www.w3.org/2000/svg"><path d="M15.4375 7L11 15.8687L6.5625 7L15.4375 7Z" fill="currentColor"/></svg>""";
}
