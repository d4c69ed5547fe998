using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Govuk;

namespace Formulate.Tests.Web.Components;

public class GovukTaskListTests
{
    [Fact]
    public async Task Render_LinkedTasksWithStatuses_MatchesDefaultFixture()
    {
        var html = await Render.HtmlAsync<GovukTaskList>(
            (nameof(GovukTaskList.Items), new GovukTaskListItem[]
            {
                new() { Title = "Company Directors", Href = "#", StatusText = "Completed" },
                new() { Title = "Registered company details", Href = "#", StatusTag = "Incomplete", StatusTagClasses = "govuk-tag--blue" },
                new() { Title = "Business plan", Href = "#", StatusTag = "Incomplete", StatusTagClasses = "govuk-tag--blue" },
            }));

        html.ShouldMatch(GovukFixture.Load("task-list", "default"));
    }

    [Fact]
    public async Task Render_HintsAndTaskThatCannotStart_MatchesAdditionalStatesFixture()
    {
        var fixture = GovukFixture.Load("task-list", "with hint text and additional states");

        var html = await Render.HtmlAsync<GovukTaskList>(
            (nameof(GovukTaskList.Items), new GovukTaskListItem[]
            {
                new() { Title = "Company Directors", Href = "#", StatusText = "Completed" },
                new() { Title = "Registered company details", Href = "#", StatusTag = "Not started", StatusTagClasses = "govuk-tag--teal" },
                new()
                {
                    Title = "Business plan", Href = "#", Hint = fixture.Option("items", 2, "hint", "text"),
                    StatusTag = "Review", StatusTagClasses = "govuk-tag--magenta",
                },
                new() { Title = "Documentation", Href = "#", StatusTag = "In progress", StatusTagClasses = "govuk-tag--blue" },
                new() { Title = "Charitable status", Href = "#", StatusTag = "Error", StatusTagClasses = "govuk-tag--red" },
                new()
                {
                    Title = "Payment", Hint = "It will cost between £15 and £75",
                    StatusText = "Cannot start yet", StatusClasses = "govuk-task-list__status--cannot-start-yet",
                },
            }));

        html.ShouldMatch(fixture);
    }

    [Fact]
    public async Task Render_CustomIdPrefix_MatchesCustomIdPrefixFixture()
    {
        var fixture = GovukFixture.Load("task-list", "custom id prefix");

        var html = await Render.HtmlAsync<GovukTaskList>(
            (nameof(GovukTaskList.IdPrefix), fixture.Option("idPrefix")),
            (nameof(GovukTaskList.Items), new GovukTaskListItem[]
            {
                new() { Title = fixture.Option("items", 0, "title", "text"), Href = "#", Hint = fixture.Option("items", 0, "hint", "text"), StatusTag = fixture.Option("items", 0, "status", "tag", "text") },
            }));

        html.ShouldMatch(fixture);
    }
}
