using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Govuk;

namespace Formulate.Tests.Web.Components;

public class GovukCheckboxesTests
{
    private static readonly GovukChoiceItem[] Nationalities =
    [
        new() { Value = "british", Text = "British" },
        new() { Value = "irish", Text = "Irish" },
        new() { Value = "other", Text = "Citizen of another country" },
    ];

    [Fact]
    public async Task Render_LegendAndItems_MatchesDefaultFixture()
    {
        var html = await Render.HtmlAsync<GovukCheckboxes>(
            (nameof(GovukCheckboxes.Name), "nationality"),
            (nameof(GovukCheckboxes.Legend), "What is your nationality?"),
            (nameof(GovukCheckboxes.Items), Nationalities));

        html.ShouldMatch(GovukFixture.Load("checkboxes", "default"));
    }

    [Fact]
    public async Task Render_WithHint_MatchesHintFixture()
    {
        var html = await Render.HtmlAsync<GovukCheckboxes>(
            (nameof(GovukCheckboxes.Name), "nationality"),
            (nameof(GovukCheckboxes.Legend), "What is your nationality?"),
            (nameof(GovukCheckboxes.Hint), "Select all that apply"),
            (nameof(GovukCheckboxes.Items), Nationalities));

        html.ShouldMatch(GovukFixture.Load("checkboxes", "with hint"));
    }

    [Fact]
    public async Task Render_WithValuesAndConditionals_RevealsCheckedItems()
    {
        var fixture = GovukFixture.Load("checkboxes", "with pre-checked values");

        var html = await Render.HtmlAsync<GovukCheckboxes>(
            (nameof(GovukCheckboxes.Name), "how-contacted-checked"),
            (nameof(GovukCheckboxes.IdPrefix), "how-contacted-checked"),
            (nameof(GovukCheckboxes.Legend), "How do you want to be contacted?"),
            (nameof(GovukCheckboxes.Values), (IReadOnlyCollection<string>)["email", "text"]),
            (nameof(GovukCheckboxes.Items), ContactItems(fixture)));

        html.ShouldMatch(fixture);
    }

    [Fact]
    public async Task Render_WithConditionalItemsUnchecked_HidesEveryReveal()
    {
        var fixture = GovukFixture.Load("checkboxes", "with conditional items");

        var html = await Render.HtmlAsync<GovukCheckboxes>(
            (nameof(GovukCheckboxes.Name), "with-conditional-items"),
            (nameof(GovukCheckboxes.IdPrefix), "how-contacted"),
            (nameof(GovukCheckboxes.Legend), "How do you want to be contacted?"),
            (nameof(GovukCheckboxes.Items), ContactItems(fixture)));

        html.ShouldMatch(fixture);
    }

    [Fact]
    public async Task Render_WithErrorMessageAndItemHints_MatchesErrorFixture()
    {
        var fixture = GovukFixture.Load("checkboxes", "with error message");
        var hint = fixture.Option("items", 0, "hint", "text");

        var html = await Render.HtmlAsync<GovukCheckboxes>(
            (nameof(GovukCheckboxes.Name), "waste"),
            (nameof(GovukCheckboxes.ErrorMessage), "Please select an option"),
            (nameof(GovukCheckboxes.Legend), "Which types of waste do you transport regularly?"),
            (nameof(GovukCheckboxes.Items), new GovukChoiceItem[]
            {
                new() { Value = "animal", Text = "Waste from animal carcasses", Hint = hint },
                new() { Value = "mines", Text = "Waste from mines or quarries", Hint = hint },
                new() { Value = "farm", Text = "Farm or agricultural waste", Hint = hint },
            }));

        html.ShouldMatch(fixture);
    }

    [Fact]
    public async Task Render_WithDividerNoneAndConditional_MatchesFixture()
    {
        const string name = "with-divider-and-none-and-conditional-items";
        var fixture = GovukFixture.Load("checkboxes", "with divider, None and conditional items");

        var html = await Render.HtmlAsync<GovukCheckboxes>(
            (nameof(GovukCheckboxes.Name), name),
            (nameof(GovukCheckboxes.Legend), "Do you have any access needs?"),
            (nameof(GovukCheckboxes.Items), new GovukChoiceItem[]
            {
                new() { Value = "accessible-toilets", Text = "Accessible toilets available" },
                new() { Value = "braille", Text = "Braille translation service available" },
                new() { Value = "disabled-car-parking", Text = "Disabled car parking available" },
                new()
                {
                    Value = "another-access-need",
                    Text = "Another access need",
                    Conditional = Render.Markup(fixture.Option("items", 3, "conditional", "html")),
                },
                GovukChoiceItem.DividerOf("or"),
                new() { Value = "none", Text = "None of these", Behaviour = "exclusive" },
            }));

        html.ShouldMatch(fixture);
    }

    [Fact]
    public async Task Render_ItemsWithOwnNameIdAndHint_MatchesHintsOnItemsFixture()
    {
        var fixture = GovukFixture.Load("checkboxes", "with hints on items");

        var html = await Render.HtmlAsync<GovukCheckboxes>(
            (nameof(GovukCheckboxes.Name), "with-hints-on-items"),
            (nameof(GovukCheckboxes.Legend), "How do you want to sign in?"),
            (nameof(GovukCheckboxes.Items), new GovukChoiceItem[]
            {
                new()
                {
                    Name = "gateway", Id = "government-gateway", Value = "gov-gateway",
                    Text = "Sign in with Government Gateway", Hint = fixture.Option("items", 0, "hint", "text"),
                },
                new()
                {
                    Name = "verify", Id = "govuk-verify", Value = "gov-verify",
                    Text = "Sign in with GOV.UK Verify", Hint = fixture.Option("items", 1, "hint", "text"),
                },
            }));

        html.ShouldMatch(fixture);
    }

    private static GovukChoiceItem[] ContactItems(GovukFixture fixture) =>
    [
        new() { Value = "email", Text = "Email", Conditional = Render.Markup(fixture.Option("items", 0, "conditional", "html")) },
        new() { Value = "phone", Text = "Phone", Conditional = Render.Markup(fixture.Option("items", 1, "conditional", "html")) },
        new() { Value = "text", Text = "Text message", Conditional = Render.Markup(fixture.Option("items", 2, "conditional", "html")) },
    ];
}
