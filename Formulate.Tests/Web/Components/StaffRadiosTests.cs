using Bunit;
using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Govuk;
using Formulate.Web.Components.Staff;
using Microsoft.AspNetCore.Components;

namespace Formulate.Tests.Web.Components;

public sealed class StaffRadiosTests : StaffComponentTest
{
    private static readonly GovukChoiceItem[] Items =
    [
        new() { Value = "alone", Text = "On their own" },
        new() { Value = "family", Text = "With family", Conditional = builder => builder.AddMarkupContent(0, "<label for=\"lives-with\">Who with?</label><input id=\"lives-with\" name=\"livesWith\">") },
        new() { Value = "care_home", Text = "In a care home", Hint = "Residential or nursing" },
    ];

    private IRenderedComponent<StaffRadios> RenderRadios(string? value = null, string? error = null, Action<string?>? changed = null) =>
        Context.Render<StaffRadios>(parameters => parameters
            .Add(radios => radios.Name, "living")
            .Add(radios => radios.Legend, "Where does the person live?")
            .Add(radios => radios.Hint, "Choose the one that fits best")
            .Add(radios => radios.ErrorMessage, error)
            .Add(radios => radios.Items, Items)
            .Add(radios => radios.Value, value)
            .Add(radios => radios.ValueChanged, EventCallback.Factory.Create<string?>(this, v => changed?.Invoke(v))));

    [Fact]
    public void Render_Question_IsAFieldsetWhoseLegendAsksIt()
    {
        var radios = RenderRadios();

        var fieldset = radios.Find("fieldset");
        fieldset.QuerySelector("legend")!.TextContent.Trim().ShouldBe("Where does the person live?");
        fieldset.QuerySelectorAll("input[type=radio]").Length.ShouldBe(3);
    }

    [Fact]
    public void Render_HintAndError_AreLinkedToTheFieldsetByAriaDescribedBy()
    {
        var radios = RenderRadios(error: "Select where the person lives");

        var describedBy = radios.Find("fieldset").GetAttribute("aria-describedby")!.Split(' ');
        describedBy.ShouldBe(["living-hint", "living-error"]);
        radios.Find("#living-hint").TextContent.ShouldBe("Choose the one that fits best");
        radios.Find("#living-error").TextContent.ShouldContain("Select where the person lives");
        radios.Find("#living-error").TextContent.ShouldContain("Error:");
    }

    [Fact]
    public void Render_NoHintOrError_FieldsetDescribedByNothing()
    {
        var radios = Context.Render<StaffRadios>(parameters => parameters
            .Add(r => r.Name, "living").Add(r => r.Legend, "Where?").Add(r => r.Items, Items));

        radios.Find("fieldset").HasAttribute("aria-describedby").ShouldBeFalse();
    }

    [Fact]
    public void Render_Options_AreNativeRadiosSharingOneNameEachWithItsLabel()
    {
        var radios = RenderRadios();

        var inputs = radios.FindAll("input[type=radio]");
        inputs.Select(input => input.GetAttribute("name")).ShouldAllBe(name => name == "living");
        inputs.Select(input => input.Id).ShouldBe(["living", "living-2", "living-3"]);
        foreach (var input in inputs)
        {
            radios.Find($"label[for='{input.Id}']").ShouldNotBeNull();
            input.HasAttribute("tabindex").ShouldBeFalse("native radios sharing a name are one tab stop; the arrow keys move the choice");
        }

        radios.Find("#living-3").GetAttribute("aria-describedby").ShouldBe("living-3-item-hint");
        radios.Find("#living-3-item-hint").TextContent.ShouldBe("Residential or nursing");
    }

    [Fact]
    public void Render_Value_ChecksItsOptionOnly()
    {
        var radios = RenderRadios(value: "care_home");

        radios.FindAll("input[type=radio]").Where(input => input.HasAttribute("checked")).Select(input => input.GetAttribute("value")).ShouldBe(["care_home"]);
    }

    [Fact]
    public void Change_AnotherOption_ReportsItsValueAndChecksIt()
    {
        string? reported = null;
        var radios = RenderRadios(value: "alone", changed: value => reported = value);

        radios.Find("#living-2").Change("family");

        reported.ShouldBe("family");
        radios.Find("#living-2").HasAttribute("checked").ShouldBeTrue();
        radios.Find("#living").HasAttribute("checked").ShouldBeFalse();
    }

    [Fact]
    public void Render_ConditionalReveal_FollowsItsOptionAndIsControlledByIt()
    {
        var radios = RenderRadios(value: "family");

        var option = radios.Find("#living-2");
        option.GetAttribute("aria-controls").ShouldBe("conditional-living-2");
        var reveal = radios.Find("#conditional-living-2");
        // staff.css shows the reveal only while the item before it is checked (.staff-choices__item:has(> input:not(:checked)) + ...).
        reveal.PreviousElementSibling!.QuerySelector("input")!.Id.ShouldBe("living-2");
        reveal.ClassList.ShouldContain("staff-choices__conditional");
        reveal.QuerySelector("#lives-with").ShouldNotBeNull();
        radios.Find("#living").HasAttribute("aria-controls").ShouldBeFalse();
    }

    [Fact]
    public void Render_LegendIsPageHeading_PutsTheQuestionInTheH1()
    {
        var radios = Context.Render<StaffRadios>(parameters => parameters
            .Add(r => r.Name, "living").Add(r => r.Legend, "Where?").Add(r => r.LegendIsPageHeading, true).Add(r => r.Items, Items));

        radios.Find("legend h1").TextContent.ShouldBe("Where?");
    }
}
