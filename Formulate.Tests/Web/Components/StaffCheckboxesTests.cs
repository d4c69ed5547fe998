using Bunit;
using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Govuk;
using Formulate.Web.Components.Staff;
using Microsoft.AspNetCore.Components;

namespace Formulate.Tests.Web.Components;

public sealed class StaffCheckboxesTests : StaffComponentTest
{
    private static readonly GovukChoiceItem[] Items =
    [
        new() { Value = "morning", Text = "Morning" },
        new() { Value = "midday", Text = "Midday" },
        new() { Value = "evening", Text = "Evening", Conditional = builder => builder.AddMarkupContent(0, "<p id=\"evening-detail\">How long?</p>") },
        GovukChoiceItem.DividerOf("or"),
        new() { Value = "none", Text = "None of these", Behaviour = "exclusive" },
    ];

    private IReadOnlyCollection<string>? _reported;

    private IRenderedComponent<StaffCheckboxes> RenderCheckboxes(IReadOnlyCollection<string> values, string? error = null) =>
        Context.Render<StaffCheckboxes>(parameters => parameters
            .Add(boxes => boxes.Name, "times")
            .Add(boxes => boxes.Legend, "When does the person need a call?")
            .Add(boxes => boxes.Hint, "Select all that apply")
            .Add(boxes => boxes.ErrorMessage, error)
            .Add(boxes => boxes.Items, Items)
            .Add(boxes => boxes.Values, values)
            .Add(boxes => boxes.ValuesChanged, EventCallback.Factory.Create<IReadOnlyCollection<string>>(this, v => _reported = v)));

    private static string[] Checked(IRenderedComponent<StaffCheckboxes> boxes) =>
        [.. boxes.FindAll("input[type=checkbox]").Where(input => input.HasAttribute("checked")).Select(input => input.GetAttribute("value")!)];

    [Fact]
    public void Render_Question_FieldsetLegendHintAndErrorLinked()
    {
        var boxes = RenderCheckboxes([], error: "Select when the person needs a call");

        var fieldset = boxes.Find("fieldset");
        fieldset.QuerySelector("legend")!.TextContent.Trim().ShouldBe("When does the person need a call?");
        fieldset.GetAttribute("aria-describedby")!.Split(' ').ShouldBe(["times-hint", "times-error"]);
        boxes.Find("#times-error").TextContent.ShouldContain("Select when the person needs a call");
        boxes.FindAll("input[type=checkbox]").Select(input => input.GetAttribute("name")).ShouldAllBe(name => name == "times");
    }

    [Fact]
    public void Render_Values_CheckTheirOptions()
    {
        Checked(RenderCheckboxes(["morning", "evening"])).ShouldBe(["morning", "evening"]);
    }

    [Fact]
    public void Check_AnotherTime_KeepsTheOthers()
    {
        var boxes = RenderCheckboxes(["morning"]);

        boxes.Find("input[value=midday]").Change(true);

        _reported.ShouldBe(["morning", "midday"]);
        Checked(boxes).ShouldBe(["morning", "midday"]);
    }

    [Fact]
    public void Check_TheExclusiveNone_ClearsEveryOtherAnswer()
    {
        var boxes = RenderCheckboxes(["morning", "evening"]);

        boxes.Find("input[value=none]").Change(true);

        _reported.ShouldBe(["none"]);
        Checked(boxes).ShouldBe(["none"]);
    }

    [Fact]
    public void Check_AnAnswerAfterNone_ClearsNone()
    {
        var boxes = RenderCheckboxes(["none"]);

        boxes.Find("input[value=morning]").Change(true);

        _reported.ShouldBe(["morning"]);
        Checked(boxes).ShouldBe(["morning"]);
    }

    [Fact]
    public void Uncheck_AnAnswer_RemovesItOnly()
    {
        var boxes = RenderCheckboxes(["morning", "midday"]);

        boxes.Find("input[value=morning]").Change(false);

        _reported.ShouldBe(["midday"]);
    }

    [Fact]
    public void Render_ConditionalReveal_FollowsItsOption()
    {
        var boxes = RenderCheckboxes(["evening"]);

        var evening = boxes.Find("input[value=evening]");
        evening.GetAttribute("aria-controls").ShouldBe($"conditional-{evening.Id}");
        boxes.Find($"#conditional-{evening.Id}").PreviousElementSibling!.QuerySelector("input")!.Id.ShouldBe(evening.Id);
        boxes.Find($"#conditional-{evening.Id} #evening-detail").ShouldNotBeNull();
    }
}
