using Formulate.Analysis.Text;
using Formulate.Data.Entities;
using Formulate.Data.Estimates;
using Formulate.Data.SignOff;
using Formulate.Tests.Browser.Support;
using Formulate.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Formulate.Tests.Browser;

[Collection(BrowserTestGroup.Name)]
public sealed class SignOffBrowserTests(BrowserFixture fixture)
{
    private SignOffStore SignOff => fixture.App.Services.GetRequiredService<SignOffStore>();

    [Fact]
    public async Task SignOff_SubmittedReturnedResubmittedAndApproved_AgreesTheBudget()
    {
        var (profileId, weekly) = await EstimatedProfiles.CreateAsync(fixture.App);
        var practitioner = await fixture.NewPageAsync();
        await SignIn.AsAsync(practitioner, "demo.practitioner");
        await Pages.OpenAsync(practitioner, $"/profiles/{profileId}/submit");

        await practitioner.Locator("#ProposedWeekly").FillAsync((weekly + 25m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        await practitioner.GetByRole(AriaRole.Button, new() { Name = "Submit for sign-off" }).ClickAsync();
        await practitioner.Locator(".staff-error-summary").WaitForAsync();
        (await practitioner.Locator(".staff-error-summary a").AllInnerTextsAsync()).ShouldBe(
            ["Select why the proposed budget differs from the estimate", "Enter a note explaining the difference from the estimate"]);
        await Axe.AssertAccessibleAtBothWidthsAsync(practitioner);
        await Pages.ScreenshotAsync(practitioner, "submit-for-sign-off-error");
        await practitioner.GetByLabel("Market supplement").CheckAsync();
        await practitioner.Locator("#DifferenceNote").FillAsync("Rural area: providers charge more");
        (await practitioner.Locator("#DifferenceNote-hint").InnerTextAsync()).ShouldBe("For managers: this note is internal and is never printed in the person's letter");
        await practitioner.GetByLabel("Reason to give the person in their letter (optional)").FillAsync("Care in your village costs more.");
        await practitioner.GetByRole(AriaRole.Button, new() { Name = "Submit for sign-off" }).ClickAsync();
        await practitioner.Locator("#submitted").WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(practitioner);
        var first = (await SignOff.ListForProfileAsync(profileId)).ShouldHaveSingleItem().Submission;
        (first.DifferenceNote, first.LetterReason).ShouldBe(("Rural area: providers charge more", "Care in your village costs more."));

        var manager = await fixture.NewPageAsync();
        await SignIn.AsAsync(manager, "demo.manager");
        await Pages.OpenAsync(manager, "/sign-off");
        await manager.Locator($"#queue a[href='/sign-off/{first.Id}']").WaitForAsync();
        await manager.GetByLabel("Different from the estimate").CheckAsync();
        (await manager.Locator("#queue-count").InnerTextAsync()).ShouldEndWith("waiting for a decision");
        await manager.Locator($"#queue a[href='/sign-off/{first.Id}']").WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(manager);
        await Pages.ScreenshotAsync(manager, "sign-off-queue");
        await manager.Locator($"#queue a[href='/sign-off/{first.Id}']").ClickAsync();
        await Pages.ReadyAsync(manager);
        await manager.GetByRole(AriaRole.Button, new() { Name = "Return to the practitioner" }).ClickAsync();
        await manager.Locator(".staff-error-summary").GetByText("Enter comments saying what the practitioner needs to change").WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(manager);
        await manager.Locator("#Comments").FillAsync("Please get a second provider quote");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Return to the practitioner" }).ClickAsync();
        await manager.Locator("#decision-made").GetByText("The budget was returned to the practitioner").WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(manager);

        await Pages.OpenAsync(practitioner, $"/profiles/{profileId}/submit");
        (await practitioner.Locator("#returned-comments").InnerTextAsync()).ShouldContain("Please get a second provider quote");
        await Axe.AssertAccessibleAtBothWidthsAsync(practitioner);
        await practitioner.Locator("#ProposedWeekly").FillAsync(weekly.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        await practitioner.GetByRole(AriaRole.Button, new() { Name = "Submit for sign-off" }).ClickAsync();
        await practitioner.Locator("#submitted").WaitForAsync();
        var second = (await SignOff.ListForProfileAsync(profileId))[^1].Submission;
        second.Id.ShouldNotBe(first.Id);

        await Pages.OpenAsync(manager, $"/sign-off/{second.Id}");
        await Pages.ScreenshotAsync(manager, "sign-off-decision");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await manager.Locator("#decision-made").GetByText("Budget agreed").WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(manager);
        (await SignOff.FindAsync(second.Id))!.Submission.Status.ShouldBe(SubmissionStatus.Approved);

        var personId = second.PersonId;
        await Pages.OpenAsync(practitioner, $"/people/{personId}");
        // The history chart: one image described in words, two series drawn with markers, a legend naming each line's style.
        var chart = practitioner.Locator("figure #history-chart[role=img]");
        await chart.WaitForAsync();
        (await chart.GetAttributeAsync("aria-label")).ShouldNotBeNull().ShouldContain("Agreed budgets: 1, from " + Pounds.Format(weekly));
        await chart.Locator("svg circle").First.WaitForAsync();
        (await chart.Locator(".mud-chart-legend").InnerTextAsync()).ShouldContain("Agreed budgets (dashed line)");
        (await chart.Locator(".mud-charts-yaxis text").First.TextContentAsync()).ShouldBe("£0");
        (await practitioner.Locator("#agreed-table").InnerTextAsync()).ShouldContain(Pounds.Format(weekly));
        (await practitioner.Locator("#history-table").InnerTextAsync()).ShouldContain(Pounds.Format(weekly));
        await Axe.AssertAccessibleAtBothWidthsAsync(practitioner);
        await Pages.ScreenshotAsync(practitioner, "budget-history");
        await practitioner.SetViewportSizeAsync(320, 640);
        await Axe.AssertAccessibleAtBothWidthsAsync(practitioner);
        (await practitioner.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(320, "the person page reflows at 320 px");
        await practitioner.SetViewportSizeAsync(1280, 900);
    }

    [Fact]
    public async Task SectionPage_Submitted_ShowsTheAnswersReadOnlyAndTheKeyboardMovesOn()
    {
        var (profileId, weekly) = await EstimatedProfiles.CreateAsync(fixture.App);
        var snapshot = (await fixture.App.Services.GetRequiredService<EstimateSnapshotStore>().ListForProfileAsync(profileId))[0];
        (await SignOff.SubmitAsync(new NewSubmission { NeedsProfileId = profileId, EstimateSnapshotId = snapshot.Id, ProposedWeekly = weekly }, "demo.practitioner"))
            .Succeeded.ShouldBeTrue();
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");

        await Pages.OpenAsync(page, $"/profiles/{profileId}");
        (await page.Locator("#profile-locked").InnerTextAsync()).ShouldContain("was submitted for sign-off on");
        (await page.Locator(".staff-task-list .staff-tag").CountAsync()).ShouldBe(0);
        await Pages.OpenAsync(page, $"/profiles/{profileId}/sections/person");

        (await page.Locator("main input, main button").CountAsync()).ShouldBe(0);
        (await page.Locator("#section-answers").InnerTextAsync()).ShouldContain("In their own home, alone");
        (await page.Locator("#profile-locked").InnerTextAsync()).ShouldContain("If the manager returns it you can change it again.");
        var next = await Keyboard.TabToAsync(page, f => f.Tag == "a" && f.Text.StartsWith("Next section: ", StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Enter");
        await Pages.AddressAsync(page, url => url.EndsWith("/sections/personal-care", StringComparison.Ordinal), loaded: null);
        await page.Locator("h1", new() { HasText = next.Text["Next section: ".Length..] }).WaitForAsync();
        (await page.Locator("main input, main button").CountAsync()).ShouldBe(0);
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task SignOff_AboveTheLimit_NeedsASecondDifferentManager()
    {
        var (profileId, _) = await EstimatedProfiles.CreateAsync(fixture.App);
        var practitioner = await fixture.NewPageAsync();
        await SignIn.AsAsync(practitioner, "demo.practitioner");
        await Pages.OpenAsync(practitioner, $"/profiles/{profileId}/submit");
        await practitioner.Locator("#ProposedWeekly").FillAsync("1250.00");
        await practitioner.GetByLabel("Specialist provider").CheckAsync();
        await practitioner.Locator("#DifferenceNote").FillAsync("Specialist autism support");
        await practitioner.GetByRole(AriaRole.Button, new() { Name = "Submit for sign-off" }).ClickAsync();
        await practitioner.Locator("#submitted").WaitForAsync();
        var submission = (await SignOff.ListForProfileAsync(profileId)).ShouldHaveSingleItem().Submission;

        var manager = await fixture.NewPageAsync();
        await SignIn.AsAsync(manager, "demo.manager");
        await Pages.OpenAsync(manager, $"/sign-off/{submission.Id}");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Confirm the approval" }).ClickAsync();
        await manager.Locator("#decision-made").GetByText("A second manager must also approve this budget").WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(manager);
        await manager.GetByRole(AriaRole.Button, new() { Name = "Give the second approval" }).ClickAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Confirm the final approval" }).ClickAsync();
        await manager.Locator(".staff-error-summary").GetByText("You gave the first approval. A different manager must give the second approval.").WaitForAsync();
        (await manager.Locator("#decision-made").CountAsync()).ShouldBe(0, "the first approval's success banner stays beside the refusal");
        await Axe.AssertAccessibleAtBothWidthsAsync(manager);

        var senior = await fixture.NewPageAsync();
        await SignIn.AsAsync(senior, "demo.senior");
        await Pages.OpenAsync(senior, $"/sign-off/{submission.Id}");
        await senior.GetByRole(AriaRole.Button, new() { Name = "Give the second approval" }).ClickAsync();
        (await senior.Locator("#confirm-approval-text").InnerTextAsync()).ShouldContain(
            "You are giving the second approval for £1,250.00 a week, above the council's limit of £1,000.00 a week. This makes the budget final");
        await senior.GetByRole(AriaRole.Button, new() { Name = "Confirm the final approval" }).ClickAsync();
        await senior.Locator("#decision-made").GetByText("Budget agreed").WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(senior);
        var record = (await SignOff.FindAsync(submission.Id))!;
        record.Submission.Status.ShouldBe(SubmissionStatus.Approved);
        record.Decisions.Select(d => d.DecidedBy).ShouldBe(["demo.manager", "demo.senior"]);
    }

    [Fact]
    public async Task SignOff_ReturnedOnAPageOpenedBeforeAnotherManagerApproved_SaysSoAndShowsTheApproval()
    {
        var (profileId, weekly) = await EstimatedProfiles.CreateAsync(fixture.App);
        var snapshot = (await fixture.App.Services.GetRequiredService<EstimateSnapshotStore>().ListForProfileAsync(profileId))[0];
        var submitted = await SignOff.SubmitAsync(
            new NewSubmission { NeedsProfileId = profileId, EstimateSnapshotId = snapshot.Id, ProposedWeekly = weekly }, "demo.practitioner");
        var manager = await fixture.NewPageAsync();
        await SignIn.AsAsync(manager, "demo.manager");
        await Pages.OpenAsync(manager, $"/sign-off/{submitted.SubmissionId}");
        (await SignOff.DecideAsync(submitted.SubmissionId!.Value, DecisionOutcome.Approved, null, "demo.senior")).Succeeded.ShouldBeTrue();

        await manager.Locator("#Comments").FillAsync("Please check the night care");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Return to the practitioner" }).ClickAsync();

        await manager.Locator(".staff-error-summary").GetByText("This submission is no longer waiting for a decision.").WaitForAsync();
        (await manager.Locator("#submission-status").InnerTextAsync()).ShouldBe("Agreed");
        var summaryLink = await manager.Locator(".staff-error-summary a").GetAttributeAsync("href");
        (await manager.Locator(summaryLink!).CountAsync()).ShouldBe(1, "the error summary links to something on the page");
        (await manager.GetByRole(AriaRole.Button, new() { Name = "Return to the practitioner" }).CountAsync()).ShouldBe(0);
        (await manager.Locator(".staff-timeline").InnerTextAsync()).ShouldContain("demo.senior");
        await Axe.AssertAccessibleAtBothWidthsAsync(manager);
        (await SignOff.FindAsync(submitted.SubmissionId!.Value))!.Submission.Status.ShouldBe(SubmissionStatus.Approved);
    }

    [Fact]
    public async Task Submit_AgainFromASecondTabOrBySomeoneElse_ShowsTheSubmissionMadeOrLinksTheErrorToWhatThePageNowSays()
    {
        var (profileId, _) = await EstimatedProfiles.CreateAsync(fixture.App);
        var first = await fixture.NewPageAsync();
        await SignIn.AsAsync(first, "demo.practitioner");
        await Pages.OpenAsync(first, $"/profiles/{profileId}/submit");
        var second = await fixture.NewPageAsync();
        await SignIn.AsAsync(second, "demo.practitioner");
        await Pages.OpenAsync(second, $"/profiles/{profileId}/submit");
        var other = await fixture.NewPageAsync();
        await SignIn.AsAsync(other, "demo.manager");
        await Pages.OpenAsync(other, $"/profiles/{profileId}/submit");
        await first.GetByRole(AriaRole.Button, new() { Name = "Submit for sign-off" }).ClickAsync();
        await first.Locator("#submitted").WaitForAsync();

        await second.GetByRole(AriaRole.Button, new() { Name = "Submit for sign-off" }).ClickAsync();
        await other.GetByRole(AriaRole.Button, new() { Name = "Submit for sign-off" }).ClickAsync();

        await second.Locator("#submitted").GetByText("Budget submitted for sign-off").WaitForAsync();
        (await second.Locator("#submitted-before").InnerTextAsync()).ShouldContain("You had already submitted this budget");
        var submission = (await SignOff.ListForProfileAsync(profileId)).ShouldHaveSingleItem().Submission;
        (await second.Locator("#submitted-estimate").GetAttributeAsync("href")).ShouldBe($"/estimates/{submission.EstimateSnapshotId}");
        await Axe.AssertAccessibleAtBothWidthsAsync(second);
        var link = other.Locator(".staff-error-summary a");
        await link.GetByText("This Needs Profile has already been submitted for sign-off.").WaitForAsync();
        (await other.Locator((await link.GetAttributeAsync("href"))!).InnerTextAsync()).ShouldContain("cannot be submitted again");
        await Axe.AssertAccessibleAtBothWidthsAsync(other);
        (await SignOff.ListForProfileAsync(profileId)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task SignOff_WarningsGivenReasonsAndApprovedAboveTheLimit_ReasonsRequiredShownToTheManagerAndTheApprovalConfirmed()
    {
        var (profileId, _) = await EstimatedProfiles.CreateAsync(fixture.App, Formulate.Tests.Web.SignOff.WarnedProfiles.Answers);
        var practitioner = await fixture.NewPageAsync();
        await SignIn.AsAsync(practitioner, "demo.practitioner");
        await Pages.OpenAsync(practitioner, $"/profiles/{profileId}/submit");
        await practitioner.Locator("#ProposedWeekly").FillAsync("1250.00");
        await practitioner.GetByLabel("Specialist provider").CheckAsync();
        await practitioner.Locator("#DifferenceNote").FillAsync("Specialist support for the whole family");
        await practitioner.Locator("#WarningReason-1").FillAsync("Carer's assessment booked for 12 May");

        await practitioner.GetByRole(AriaRole.Button, new() { Name = "Submit for sign-off" }).ClickAsync();

        await practitioner.WaitForFunctionAsync("() => document.activeElement?.classList.contains('staff-error-summary')");
        (await practitioner.Locator(".staff-error-summary a").AllInnerTextsAsync()).ShouldBe(
            ["Enter your reason for going ahead despite the warning 'A young carer': say what you have done about it, or why it does not apply"]);
        (await practitioner.Locator("#WarningReason-2-error").InnerTextAsync()).ShouldContain("'A young carer'");
        await Axe.AssertAccessibleAtBothWidthsAsync(practitioner);
        await practitioner.Locator(".staff-error-summary a").ClickAsync();
        await practitioner.WaitForFunctionAsync("() => document.activeElement?.id === 'WarningReason-2'");
        await practitioner.Keyboard.TypeAsync("Young carer referred to children's services on 3 May");
        await practitioner.GetByRole(AriaRole.Button, new() { Name = "Submit for sign-off" }).ClickAsync();
        await practitioner.Locator("#submitted").WaitForAsync();
        var submission = (await SignOff.ListForProfileAsync(profileId)).ShouldHaveSingleItem().Submission;

        var manager = await fixture.NewPageAsync();
        await SignIn.AsAsync(manager, "demo.manager");
        await Pages.OpenAsync(manager, "/sign-off");
        var row = manager.Locator("#queue tr", new() { Has = manager.Locator($"a[href='/sign-off/{submission.Id}']") });
        (await row.InnerTextAsync()).ShouldContain("3 (2 important)");
        await row.Locator("a").ClickAsync();
        // The page's heading takes focus once the move has finished; a button pressed before then loses its focus to it.
        await Pages.MovedToAsync(manager, url => url.EndsWith($"/sign-off/{submission.Id}", StringComparison.Ordinal));
        await Pages.ReadyAsync(manager);
        (await manager.Locator("#warnings-table").InnerTextAsync()).ShouldSatisfyAllConditions(
            text => text.ShouldContain("Young carer referred to children's services on 3 May"),
            text => text.ShouldContain("Carer's assessment booked for 12 May"),
            text => text.ShouldContain("No reason given"));
        await Axe.AssertAccessibleAtBothWidthsAsync(manager);

        await manager.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();

        await manager.WaitForFunctionAsync("() => document.activeElement?.id === 'confirm-approval-heading'");
        (await manager.Locator("#confirm-approval-text").InnerTextAsync()).ShouldContain(
            "You are approving £1,250.00 a week, above the council's limit of £1,000.00 a week; a second manager must also approve it.");
        (await SignOff.FindAsync(submission.Id))!.Decisions.ShouldBeEmpty();
        await Axe.AssertAccessibleAtBothWidthsAsync(manager);
        await Keyboard.TabToButtonAsync(manager, "Cancel");
        await manager.Keyboard.PressAsync("Enter");
        await manager.WaitForFunctionAsync("() => document.activeElement?.id === 'approve'");
        (await SignOff.FindAsync(submission.Id))!.Decisions.ShouldBeEmpty();
        await manager.Locator(".mud-dialog-container").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await manager.Keyboard.PressAsync("Enter");
        await manager.WaitForFunctionAsync("() => document.activeElement?.id === 'confirm-approval-heading'");
        // The reopened confirmation is as usable as the first: nothing in it is hidden from a screen reader, and the
        // keyboard reaches its button.
        await Axe.AssertAccessibleAsync(manager);
        await Keyboard.TabToButtonAsync(manager, "Confirm the approval");
        await manager.Keyboard.PressAsync("Enter");
        await manager.Locator("#decision-made").GetByText("A second manager must also approve this budget").WaitForAsync();
        (await SignOff.FindAsync(submission.Id))!.Submission.Status.ShouldBe(SubmissionStatus.AwaitingSecondApproval);
    }

    [Fact]
    public async Task SignOff_ManagerDecidingOwnSubmission_IsRefused()
    {
        var (profileId, _) = await EstimatedProfiles.CreateAsync(fixture.App);
        var manager = await fixture.NewPageAsync();
        await SignIn.AsAsync(manager, "demo.manager");
        await Pages.OpenAsync(manager, $"/profiles/{profileId}/submit");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Submit for sign-off" }).ClickAsync();
        await manager.Locator("#submitted").WaitForAsync();
        var submission = (await SignOff.ListForProfileAsync(profileId)).ShouldHaveSingleItem().Submission;

        await Pages.OpenAsync(manager, $"/sign-off/{submission.Id}");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();

        await manager.Locator(".staff-error-summary")
            .GetByText("You cannot approve or return a budget you submitted. Another manager must decide on it.").WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(manager);
        (await SignOff.FindAsync(submission.Id))!.Submission.Status.ShouldBe(SubmissionStatus.AwaitingApproval);
    }

    [Fact]
    public async Task Result_CheckReproducibility_SaysTheEstimateIsReproduced()
    {
        var (profileId, _) = await EstimatedProfiles.CreateAsync(fixture.App);
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, $"/profiles/{profileId}/result");

        await page.GetByRole(AriaRole.Button, new() { Name = "Check reproducibility" }).ClickAsync();

        (await page.Locator("#reproducibility").InnerTextAsync()).ShouldStartWith("Reproduced: re-running the stored answers");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task AuditLog_SearchByCaseReference_ListsTheChangesAndExportsThem()
    {
        var (profileId, _) = await EstimatedProfiles.CreateAsync(fixture.App);
        var profile = await fixture.App.Services.GetRequiredService<Formulate.Data.Profiles.NeedsProfileStore>().FindAsync(profileId);
        var person = (await fixture.App.Services.GetRequiredService<Formulate.Web.People.PeopleService>().FindAsync(CaseWorkers.Practitioner(), profile!.PersonId)).Value!.Person;
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.auditor");
        await Pages.OpenAsync(page, "/audit");

        await page.Locator("#caseReference").FillAsync(person.CaseReference);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.Locator("#audit-entries").GetByText("Needs Profile answers changed").First.WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
        await Pages.ScreenshotAsync(page, "audit-log");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export").ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        csv.ShouldStartWith("\"Occurred at (UTC)\",\"User\",\"Action\"");
        csv.ShouldContain($"\"{person.CaseReference}\"");
    }
}
