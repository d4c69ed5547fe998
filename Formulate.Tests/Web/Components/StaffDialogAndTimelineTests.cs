using Bunit;
using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Moj;
using Formulate.Web.Components.Staff;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Formulate.Tests.Web.Components;

/// <summary>The confirmation dialog the sign-off page asks before an approval above the limit, and the staff timeline of decisions.</summary>
public sealed class StaffDialogAndTimelineTests : StaffComponentTest
{
    public StaffDialogAndTimelineTests()
    {
        Context.Services.AddScoped<StaffDialogs>();
        Context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public async Task ConfirmAsync_WithAnId_NamesTheQuestionFocusesItAndCancelReturnsFocusAndFalse()
    {
        var provider = Context.Render<MudDialogProvider>();
        var dialogs = Context.Services.GetRequiredService<StaffDialogs>();

        var answer = provider.InvokeAsync(() => dialogs.ConfirmAsync(
            "Confirm the approval", "You are approving £1,250.00 a week, above the council's limit of £1,000.00 a week.", "Confirm the approval", id: "confirm-approval"));

        provider.WaitForAssertion(() => provider.Find("#confirm-approval-heading").TextContent.ShouldBe("Confirm the approval"));
        provider.Find("#confirm-approval-heading").GetAttribute("tabindex").ShouldBe("-1");
        provider.Find("#confirm-approval-text").TextContent.ShouldContain("above the council's limit of £1,000.00 a week");
        provider.Find("[role=dialog]").GetAttribute("aria-labelledby").ShouldBe("confirm-approval-heading");
        provider.WaitForAssertion(() => Context.JSInterop.Invocations
            .ShouldContain(call => call.Identifier == "formulate.focus" && Equals(call.Arguments[0], "confirm-approval-heading")));

        provider.FindAll("button").Single(button => button.TextContent.Trim() == "Cancel").Click();

        (await answer).ShouldBeFalse();
        Context.JSInterop.Invocations.ShouldContain(call => call.Identifier == "formulateStaff.returnFocus");
    }

    [Fact]
    public async Task ConfirmAsync_Confirmed_IsTrue()
    {
        var provider = Context.Render<MudDialogProvider>();
        var dialogs = Context.Services.GetRequiredService<StaffDialogs>();

        var answer = provider.InvokeAsync(() => dialogs.ConfirmAsync("Confirm the approval", "Text", "Confirm the final approval", id: "confirm-approval"));
        provider.WaitForAssertion(() => provider.FindAll("button").Single(button => button.TextContent.Trim() == "Confirm the final approval").Click());

        (await answer).ShouldBeTrue();
    }

    [Fact]
    public void StaffTimeline_DecisionWithByline_HeadingTimeAndDescriptionInOrder()
    {
        var timeline = Context.Render<StaffTimeline>(parameters => parameters
            .Add(t => t.HeadingLevel, 3)
            .Add(t => t.Items, new MojTimelineItem[]
            {
                new() { Label = "Returned", Byline = "demo.manager", Timestamp = new DateTimeOffset(2026, 11, 22, 10, 15, 0, TimeSpan.Zero), Text = "Check the night support." },
                new() { Label = "Submitted for sign-off", Timestamp = new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero) },
            }));

        var items = timeline.FindAll(".staff-timeline__item");
        items.Select(item => item.QuerySelector("h3.staff-timeline__title")!.TextContent).ShouldBe(["Returned", "Submitted for sign-off"]);
        items[0].QuerySelector(".staff-timeline__byline")!.TextContent.ShouldBe("by demo.manager");
        items[0].QuerySelector("time")!.GetAttribute("datetime").ShouldBe("2026-11-22T10:15:00+00:00");
        items[0].QuerySelector("time")!.TextContent.ShouldBe("22 November 2026 at 10:15am");
        items[0].QuerySelector(".staff-timeline__description")!.TextContent.ShouldBe("Check the night support.");
        items[1].QuerySelector(".staff-timeline__byline").ShouldBeNull();
    }
}
