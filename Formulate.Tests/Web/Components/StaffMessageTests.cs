using Bunit;
using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Govuk;
using Formulate.Web.Components.Staff;

namespace Formulate.Tests.Web.Components;

/// <summary>What needs reading first: the error summary and a success banner take focus (staff.js focuses [data-staff-focus]).</summary>
public sealed class StaffMessageTests : StaffComponentTest
{
    [Fact]
    public void StaffErrorSummary_Errors_AnAlertLinkingToEachField()
    {
        var summary = Context.Render<StaffErrorSummary>(parameters => parameters.Add(s => s.ErrorList,
            [new GovukErrorSummaryItem("Enter your user name", "#UserName"), new GovukErrorSummaryItem("Enter your password", "#Password")]));

        summary.Find("[role=alert] h2").TextContent.ShouldBe("There is a problem");
        summary.FindAll("[role=alert] li a").Select(link => (link.TextContent, link.GetAttribute("href")))
            .ShouldBe([("Enter your user name", "#UserName"), ("Enter your password", "#Password")]);
    }

    [Fact]
    public void StaffErrorSummary_Shown_TakesFocusWithoutJoiningTheTabOrder()
    {
        var root = Context.Render<StaffErrorSummary>(parameters => parameters.Add(s => s.ErrorList, [new GovukErrorSummaryItem("Enter a name", "#Name")]))
            .Find(".staff-error-summary");

        root.GetAttribute("data-staff-focus").ShouldBe("error-summary");
        root.GetAttribute("tabindex").ShouldBe("-1");
        // A name ARIA does not allow on a plain div would be an axe violation; the alert reads the title instead.
        root.HasAttribute("aria-labelledby").ShouldBeFalse();
    }

    [Fact]
    public void StaffErrorSummary_AutoFocusDisabled_DoesNotAskForFocus()
    {
        var root = Context.Render<StaffErrorSummary>(parameters => parameters
            .Add(s => s.ErrorList, [new GovukErrorSummaryItem("Enter a name", "#Name")]).Add(s => s.DisableAutoFocus, true)).Find(".staff-error-summary");

        root.HasAttribute("data-staff-focus").ShouldBeFalse();
    }

    [Fact]
    public void StaffBanner_Success_IsAnAlertThatTakesFocus()
    {
        var banner = Context.Render<StaffBanner>(parameters => parameters
            .Add(b => b.Type, "success").Add(b => b.Text, "Details updated").AddUnmatched("id", "saved")).Find("#saved");

        banner.GetAttribute("role").ShouldBe("alert");
        banner.GetAttribute("data-staff-focus").ShouldBe("banner");
        banner.GetAttribute("tabindex").ShouldBe("-1");
        banner.GetAttribute("aria-labelledby").ShouldBe("banner-title");
        banner.QuerySelector("#banner-title")!.TextContent.ShouldBe("Success");
        banner.TextContent.ShouldContain("Details updated");
    }

    [Fact]
    public void StaffBanner_Information_IsALabelledRegionReadInItsPlace()
    {
        var banner = Context.Render<StaffBanner>(parameters => parameters
            .Add(b => b.Text, "You have been signed out").Add(b => b.TitleId, "ended-title")).Find(".staff-banner");

        banner.GetAttribute("role").ShouldBe("region");
        banner.GetAttribute("aria-labelledby").ShouldBe("ended-title");
        banner.QuerySelector("#ended-title")!.TextContent.ShouldBe("Important");
        banner.HasAttribute("data-staff-focus").ShouldBeFalse();
    }

    [Fact]
    public void StaffErrorMessage_SaysErrorToScreenReaders()
    {
        var message = Context.Render<StaffErrorMessage>(parameters => parameters.Add(m => m.Id, "name-error").Add(m => m.Text, "Enter a name")).Find("#name-error");

        message.QuerySelector(".staff-visually-hidden")!.TextContent.ShouldBe("Error:");
        message.TextContent.ShouldContain("Enter a name");
    }
}
