using Bunit;
using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Staff;

namespace Formulate.Tests.Web.Components;

/// <summary>The staff text fields: each has a label for it, its hint and error linked, and says when it is in error.</summary>
public sealed class StaffInputTests : StaffComponentTest
{
    [Fact]
    public void StaffInput_LabelHintAndError_LinkedToTheInput()
    {
        var field = Context.Render<StaffInput>(parameters => parameters
            .Add(input => input.Name, "caseReference").Add(input => input.Label, "Case reference")
            .Add(input => input.Hint, "Like DEMO-0001").Add(input => input.ErrorMessage, "Enter a case reference"));

        var input = field.Find("input");
        input.Id.ShouldBe("caseReference");
        input.GetAttribute("name").ShouldBe("caseReference");
        field.Find("label[for=caseReference]").TextContent.ShouldBe("Case reference");
        input.GetAttribute("aria-describedby")!.Split(' ').ShouldBe(["caseReference-hint", "caseReference-error"]);
        field.Find("#caseReference-hint").TextContent.ShouldBe("Like DEMO-0001");
        field.Find("#caseReference-error").TextContent.ShouldContain("Enter a case reference");
        input.GetAttribute("aria-invalid").ShouldBe("true");
    }

    [Fact]
    public void StaffInput_NoError_NotInvalidAndDescribedByTheHintOnly()
    {
        var field = Context.Render<StaffInput>(parameters => parameters
            .Add(input => input.Name, "user").Add(input => input.Id, "user-name").Add(input => input.Label, "User name")
            .Add(input => input.Hint, "As on the account").Add(input => input.DescribedBy, "user-note"));

        var input = field.Find("input");
        input.Id.ShouldBe("user-name");
        field.Find("label").GetAttribute("for").ShouldBe("user-name");
        input.GetAttribute("aria-describedby")!.Split(' ').ShouldBe(["user-note", "user-name-hint"]);
        input.HasAttribute("aria-invalid").ShouldBeFalse();
    }

    [Fact]
    public void StaffInput_PrefixAndSuffix_HiddenFromScreenReadersAsTheLabelSaysIt()
    {
        var field = Context.Render<StaffInput>(parameters => parameters
            .Add(input => input.Name, "rate").Add(input => input.Label, "Rate in pounds an hour").Add(input => input.Prefix, "£").Add(input => input.Suffix, "an hour"));

        field.FindAll(".staff-input__affix").ShouldAllBe(affix => affix.GetAttribute("aria-hidden") == "true");
    }

    [Fact]
    public void StaffTextarea_LabelHintAndError_LinkedToTheTextarea()
    {
        var field = Context.Render<StaffTextarea>(parameters => parameters
            .Add(area => area.Name, "reply").Add(area => area.Label, "Your reply")
            .Add(area => area.Hint, "Up to 1,000 characters").Add(area => area.ErrorMessage, "Enter your reply"));

        var area = field.Find("textarea");
        area.Id.ShouldBe("reply");
        field.Find("label[for=reply]").TextContent.ShouldBe("Your reply");
        area.GetAttribute("aria-describedby")!.Split(' ').ShouldBe(["reply-hint", "reply-error"]);
        field.Find("#reply-error").TextContent.ShouldContain("Enter your reply");
        area.GetAttribute("aria-invalid").ShouldBe("true");
    }

    [Fact]
    public void StaffTextarea_NoHintOrError_NothingDescribesItAndItIsValid()
    {
        var area = Context.Render<StaffTextarea>(parameters => parameters.Add(a => a.Name, "reply").Add(a => a.Label, "Your reply")).Find("textarea");

        area.HasAttribute("aria-describedby").ShouldBeFalse();
        area.HasAttribute("aria-invalid").ShouldBeFalse();
    }

    [Fact]
    public void StaffDateInput_ThreeLabelledFieldsInAFieldsetWithItsLegendHintAndErrorLinked()
    {
        var date = Context.Render<StaffDateInput>(parameters => parameters
            .Add(d => d.Id, "dob").Add(d => d.NamePrefix, "DateOfBirth").Add(d => d.Legend, "Date of birth")
            .Add(d => d.Hint, "For example, 27 3 1944").Add(d => d.ErrorMessage, "Date of birth must include a month").Add(d => d.Day, "27"));

        var fieldset = date.Find("fieldset");
        fieldset.QuerySelector("legend")!.TextContent.ShouldBe("Date of birth");
        fieldset.GetAttribute("aria-describedby")!.Split(' ').ShouldBe(["dob-hint", "dob-error"]);
        date.Find("#dob-error").TextContent.ShouldContain("Date of birth must include a month");
        foreach (var (part, label) in new[] { ("day", "Day"), ("month", "Month"), ("year", "Year") })
        {
            var input = date.Find($"#dob-{part}");
            input.GetAttribute("name").ShouldBe($"DateOfBirth-{part}");
            date.Find($"label[for=dob-{part}]").TextContent.ShouldBe(label);
            input.GetAttribute("aria-invalid").ShouldBe("true", part);
        }

        date.Find("#dob-day").GetAttribute("value").ShouldBe("27");
    }

    [Fact]
    public void StaffDateInput_NoError_FieldsAreValid()
    {
        var date = Context.Render<StaffDateInput>(parameters => parameters.Add(d => d.Id, "from").Add(d => d.Legend, "From"));

        date.FindAll("input").ShouldAllBe(input => !input.HasAttribute("aria-invalid"));
        date.Find("#from-day").GetAttribute("name").ShouldBe("day");
        date.Find("fieldset").HasAttribute("aria-describedby").ShouldBeFalse();
    }
}
