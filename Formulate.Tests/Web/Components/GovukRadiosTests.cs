using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Govuk;

namespace Formulate.Tests.Web.Components;

public class GovukRadiosTests
{
    private static readonly GovukChoiceItem[] YesNo =
    [
        new() { Value = "yes", Text = "Yes" },
        new() { Value = "no", Text = "No" },
    ];

    [Fact]
    public async Task Render_LegendAndItems_MatchesDefaultFixture()
    {
        var html = await Render.HtmlAsync<GovukRadios>(
            (nameof(GovukRadios.Name), "example-default"),
            (nameof(GovukRadios.Legend), "Have you changed your name?"),
            (nameof(GovukRadios.Items), YesNo));

        html.ShouldMatch(GovukFixture.Load("radios", "default"));
    }

    [Fact]
    public async Task Render_WithHint_FieldsetDescribedByHint()
    {
        var html = await Render.HtmlAsync<GovukRadios>(
            (nameof(GovukRadios.Name), "example-with-hint"),
            (nameof(GovukRadios.Legend), "Have you changed your name?"),
            (nameof(GovukRadios.Hint), "This includes changing your last name or spelling your name differently."),
            (nameof(GovukRadios.Items), YesNo));

        html.ShouldMatch(GovukFixture.Load("radios", "with hint"));
    }

    [Fact]
    public async Task Render_InlineWithValue_MatchesInlineFixture()
    {
        var html = await Render.HtmlAsync<GovukRadios>(
            (nameof(GovukRadios.IdPrefix), "example"),
            (nameof(GovukRadios.Classes), "govuk-radios--inline"),
            (nameof(GovukRadios.Name), "example"),
            (nameof(GovukRadios.Legend), "Have you changed your name?"),
            (nameof(GovukRadios.Hint), "This includes changing your last name or spelling your name differently."),
            (nameof(GovukRadios.Items), YesNo),
            (nameof(GovukRadios.Value), "no"));

        html.ShouldMatch(GovukFixture.Load("radios", "inline"));
    }

    [Fact]
    public async Task Render_WithErrorMessage_MatchesFieldsetErrorFixture()
    {
        var html = await Render.HtmlAsync<GovukRadios>(
            (nameof(GovukRadios.IdPrefix), "example"),
            (nameof(GovukRadios.Name), "example"),
            (nameof(GovukRadios.ErrorMessage), "Please select an option"),
            (nameof(GovukRadios.Legend), "Have you changed your name?"),
            (nameof(GovukRadios.Items), new GovukChoiceItem[]
            {
                new() { Value = "yes", Text = "Yes" },
                new() { Value = "no", Text = "No", Checked = true },
            }));

        html.ShouldMatch(GovukFixture.Load("radios", "with fieldset and error message"));
    }

    [Theory]
    [InlineData("with conditional items", "how-contacted", null)]
    [InlineData("with conditional item checked", "how-contacted-checked", "email")]
    public async Task Render_WithConditionalItems_RevealsOnlyTheCheckedItem(string fixtureName, string name, string? value)
    {
        var fixture = GovukFixture.Load("radios", fixtureName);

        var html = await Render.HtmlAsync<GovukRadios>(
            (nameof(GovukRadios.IdPrefix), name),
            (nameof(GovukRadios.Name), name),
            (nameof(GovukRadios.Legend), "How do you want to be contacted?"),
            (nameof(GovukRadios.Value), value),
            (nameof(GovukRadios.Items), ContactItems(fixture)));

        html.ShouldMatch(fixture);
    }

    [Fact]
    public async Task Render_WithHintsOnItemsAndPageHeading_MatchesFixture()
    {
        var fixture = GovukFixture.Load("radios", "with hints on items");

        var html = await Render.HtmlAsync<GovukRadios>(
            (nameof(GovukRadios.IdPrefix), "gov"),
            (nameof(GovukRadios.Name), "gov"),
            (nameof(GovukRadios.Legend), "How do you want to sign in?"),
            (nameof(GovukRadios.LegendClasses), "govuk-fieldset__legend--l"),
            (nameof(GovukRadios.LegendIsPageHeading), true),
            (nameof(GovukRadios.Items), new GovukChoiceItem[]
            {
                new() { Value = "gateway", Text = "Sign in with Government Gateway", Id = "gateway", Hint = fixture.Option("items", 0, "hint", "text") },
                new() { Value = "verify", Text = "Sign in with GOV.UK Verify", Id = "verify", Hint = fixture.Option("items", 1, "hint", "text") },
            }));

        html.ShouldMatch(fixture);
    }

    [Fact]
    public async Task Render_WithDivider_DividerCountsTowardsIds()
    {
        var html = await Render.HtmlAsync<GovukRadios>(
            (nameof(GovukRadios.IdPrefix), "example-divider"),
            (nameof(GovukRadios.Name), "example"),
            (nameof(GovukRadios.Legend), "How do you want to sign in?"),
            (nameof(GovukRadios.Items), new GovukChoiceItem[]
            {
                new() { Value = "government-gateway", Text = "Use Government Gateway" },
                new() { Value = "govuk-verify", Text = "Use GOV.UK Verify" },
                GovukChoiceItem.DividerOf("or"),
                new() { Value = "create-account", Text = "Create an account" },
            }));

        html.ShouldMatch(GovukFixture.Load("radios", "with a divider"));
    }

    [Fact]
    public async Task Render_SmallFormGroupClasses_MatchesSmallFixture()
    {
        var html = await Render.HtmlAsync<GovukRadios>(
            (nameof(GovukRadios.IdPrefix), "how-contacted-2"),
            (nameof(GovukRadios.Name), "how-contacted-2"),
            (nameof(GovukRadios.FormGroupClasses), "govuk-radios--small"),
            (nameof(GovukRadios.Legend), "How do you want to be contacted?"),
            (nameof(GovukRadios.Items), new GovukChoiceItem[]
            {
                new() { Value = "email", Text = "Email" },
                new() { Value = "phone", Text = "Phone" },
                new() { Value = "text", Text = "Text message" },
            }));

        html.ShouldMatch(GovukFixture.Load("radios", "small"));
    }

    private static GovukChoiceItem[] ContactItems(GovukFixture fixture) =>
    [
        new() { Value = "email", Text = "Email", Conditional = Render.Markup(fixture.Option("items", 0, "conditional", "html")) },
        new() { Value = "phone", Text = "Phone", Conditional = Render.Markup(fixture.Option("items", 1, "conditional", "html")) },
        new() { Value = "text", Text = "Text message", Conditional = Render.Markup(fixture.Option("items", 2, "conditional", "html")) },
    ];
}
