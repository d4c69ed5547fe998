using Formulate.Tests.Browser.Support;
using Formulate.Web.SelfAssessments;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using netDumbster.smtp;

namespace Formulate.Tests.Browser;

[Collection(BrowserTestGroup.Name)]
public sealed class SelfAssessmentRequestBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task SelfAssessmentRequest_PersonAsksWithoutAnInvitationAndSends_BusinessSupportAddsThemAndGivesItToThePractitioner()
    {
        using var smtp = SimpleSmtpServer.Start(LoopbackPort.Free());
        await using var app = new FormulateAppFactory(new Dictionary<string, string?>
        {
            ["Formulate:SelfAssessment:AllowRequests"] = "true",
            ["Formulate:Mail:Host"] = "127.0.0.1",
            ["Formulate:Mail:Port"] = smtp.Configuration.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        app.StartServer();

        // Kim starts a new request from the service's start page, by keyboard alone, and mistypes the postcode.
        var citizen = await fixture.NewPageAsync(app);
        await citizen.GotoAsync("/self-assessment");
        await SelfAssessmentSteps.AccessibleAtBothWidthsAsync(citizen);
        await Pages.ScreenshotAsync(citizen, "self-assessment-start-a-request");
        await Keyboard.TabToButtonAsync(citizen, "Start a new request");
        await citizen.Keyboard.PressAsync("Enter");
        await citizen.GetByRole(AriaRole.Heading, new() { Name = "Start a new request" }).WaitForAsync();
        await SelfAssessmentSteps.AccessibleAtBothWidthsAsync(citizen);
        await Pages.ScreenshotAsync(citizen, "self-assessment-request");
        await Keyboard.TabToAsync(citizen, f => f.Type == "radio" && f.Value == "me");
        await citizen.Keyboard.PressAsync("Space");
        foreach (var (field, typed) in new[]
        {
            ("FullName", "Kim Requester"), ("DateOfBirth-day", "27"), ("DateOfBirth-month", "3"), ("DateOfBirth-year", "1950"),
            ("Postcode", "NB2 7Q"), ("ContactEmail", "kim@example.org"),
        })
        {
            await Keyboard.TabToAsync(citizen, f => f.Name == field);
            await citizen.Keyboard.TypeAsync(typed);
        }

        await Keyboard.TabToButtonAsync(citizen, "Continue");
        await citizen.Keyboard.PressAsync("Enter");
        await citizen.Locator(".govuk-error-summary").WaitForAsync();
        (await citizen.Locator(".govuk-error-summary").InnerTextAsync()).ShouldContain("Enter a real UK postcode, like LS1 4AP");
        await SelfAssessmentSteps.AccessibleAtBothWidthsAsync(citizen);
        await Pages.ScreenshotAsync(citizen, "self-assessment-request-error");
        await Keyboard.TabToAsync(citizen, f => f.Name == "Postcode");
        await citizen.Keyboard.PressAsync("End");
        await citizen.Keyboard.TypeAsync("T");
        await Keyboard.TabToButtonAsync(citizen, "Continue");
        await citizen.Keyboard.PressAsync("Enter");
        await citizen.GetByRole(AriaRole.Heading, new() { Name = "How old are you?" }).WaitForAsync();
        await SelfAssessmentSteps.AnswerTheRestAsync(citizen, app.Services, new Dictionary<string, int>());
        await citizen.GetByRole(AriaRole.Heading, new() { Name = "Check your answers before sending them" }).WaitForAsync();
        await Keyboard.TabToButtonAsync(citizen, "Accept and send");
        await citizen.Keyboard.PressAsync("Enter");
        var reference = await citizen.Locator("#reference").InnerTextAsync();

        // Business support find the request, add Kim as a new person and give it to the practitioner.
        var staff = await fixture.NewPageAsync(app);
        await SignIn.AsAsync(staff, "demo.support");
        await Pages.OpenAsync(staff, "/");
        await Keyboard.TabToLinkAsync(staff, "Self-assessment requests");
        await staff.Keyboard.PressAsync("Enter");
        await staff.GetByRole(AriaRole.Heading, new() { Name = "Self-assessment requests", Exact = true }).WaitForAsync();
        await SelfAssessmentSteps.AccessibleAtBothWidthsAsync(staff);
        await Pages.ScreenshotAsync(staff, "self-assessment-requests");
        await Keyboard.TabToLinkAsync(staff, "Kim Requester");
        await staff.Keyboard.PressAsync("Enter");
        await staff.GetByRole(AriaRole.Heading, new() { Name = "Match a self-assessment request" }).WaitForAsync();
        await SelfAssessmentSteps.AccessibleAtBothWidthsAsync(staff);
        await Pages.ScreenshotAsync(staff, "self-assessment-request-match");
        await Keyboard.TabToAsync(staff, f => f.Name == "CaseReference");
        await staff.Keyboard.TypeAsync("DEMO-0777");
        await Keyboard.TabToAsync(staff, f => f.Name == "Team");
        await staff.Keyboard.PressAsync("Space");
        await Keyboard.TabToAsync(staff, f => f.Name == "NewPractitioner" && f.Value == "demo.practitioner");
        await staff.Keyboard.PressAsync("Space");
        await Keyboard.TabToButtonAsync(staff, "Add the person and give to the practitioner");
        await staff.Keyboard.PressAsync("Enter");
        await staff.Locator("#request-assigned").WaitForAsync();
        (await staff.Locator("#request-assigned").InnerTextAsync()).ShouldContain(reference);
        await SelfAssessmentSteps.AccessibleAtBothWidthsAsync(staff);

        // The practitioner finds it on their caseload, to check like an invited one.
        var toCheck = await app.Services.GetRequiredService<SelfAssessmentReviews>().ListToReviewAsync(Formulate.Tests.Web.Support.CaseWorkers.Practitioner());
        toCheck.ShouldContain(t => t.Reference == reference && t.PersonName == "Kim Requester");
    }
}
