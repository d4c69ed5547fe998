using Formulate.Analysis.Text;
using Formulate.Data.Profiles;
using Formulate.Data.SelfAssessments;
using Formulate.Engine;
using Formulate.Engine.Parameters;
using Formulate.Engine.Profiles;
using Formulate.Tests.Browser.Support;
using Formulate.Tests.Web.Letters.Support;
using Formulate.Tests.Web.SelfAssessment;
using Formulate.Web.Configuration;
using Formulate.Web.SelfAssessments;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using netDumbster.smtp;

namespace Formulate.Tests.Browser;

[Collection(BrowserTestGroup.Name)]
public sealed class SelfAssessmentBrowserTests(BrowserFixture fixture)
{
    /// <summary>Answers chosen by position; every other question gets its first answer.</summary>
    private static readonly Dictionary<string, int> Chosen = new()
    {
        ["person.age_band"] = 3,           // 75 to 84
        ["person.has_unpaid_carer"] = 1,   // no
        ["hygiene.need"] = 2,              // some hands-on help
        ["personal_care.morning"] = 0,     // yes
        ["personal_care.midday"] = 1,
        ["personal_care.evening"] = 1,
        ["personal_care.bedtime"] = 1,
        ["child_care.has_children"] = 1,
        ["behaviour.present"] = 1,
        ["health.tasks"] = 1,
        ["health.any_needs"] = 1,
    };

    [Fact]
    public async Task SelfAssessment_PersonInvitedLeavesComesBackByCodeAndSends_PractitionerAcceptsSomeChangesOthersAndTheEstimateIsTheEnginesForTheMergedAnswers()
    {
        using var smtp = SimpleSmtpServer.Start(LoopbackPort.Free());
        using var notify = new NotifyServer(() => DateTimeOffset.UtcNow);
        await using var app = new FormulateAppFactory(new Dictionary<string, string?>
        {
            ["Formulate:Mail:Host"] = "127.0.0.1",
            ["Formulate:Mail:Port"] = smtp.Configuration.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Formulate:Sms:BaseUrl"] = notify.BaseUrl,
            ["Formulate:Sms:ApiKey"] = NotifyServer.ApiKey,
            ["Formulate:Sms:TemplateId"] = NotifyServer.TemplateId,
        });
        app.StartServer();
        var person = await LetterData.AddPersonAsync(app.Services, "Pat");

        // The practitioner invites Pat.
        var staff = await fixture.NewPageAsync(app);
        await SignIn.AsAsync(staff, "demo.practitioner");
        await Pages.OpenAsync(staff, $"/people/{person.Id}/self-assessment");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Create an invitation" }).ClickAsync();
        var link = await staff.Locator("#invitation-link").InnerTextAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(staff);
        await Pages.ScreenshotAsync(staff, "self-assessment-invite");

        // Pat starts from the link, by keyboard alone.
        var citizen = await fixture.NewPageAsync(app);
        await citizen.GotoAsync(link);
        await SelfAssessmentSteps.AccessibleAtBothWidthsAsync(citizen);
        await Pages.ScreenshotAsync(citizen, "self-assessment-before-you-start");
        await Keyboard.TabToAsync(citizen, f => f.Type == "radio" && f.Value == "me");
        await citizen.Keyboard.PressAsync("Space");
        await Keyboard.TabToAsync(citizen, f => f.Name == "ContactEmail");
        await citizen.Keyboard.TypeAsync("pat@example.org");
        await Keyboard.TabToButtonAsync(citizen, "Continue");
        await citizen.Keyboard.PressAsync("Enter");
        await citizen.GetByRole(AriaRole.Heading, new() { Name = "How old are you?" }).WaitForAsync();
        await SelfAssessmentSteps.AccessibleAtBothWidthsAsync(citizen);
        await Pages.ScreenshotAsync(citizen, "self-assessment-question");
        await SelfAssessmentSteps.AnswerAsync(citizen, Chosen["person.age_band"]);

        // Pat saves and leaves, then comes back with the reference and the code e-mailed to them.
        await SelfAssessmentSteps.AnswerAsync(citizen, 0, button: "Save and come back later");
        var reference = await citizen.Locator("#reference").InnerTextAsync();
        await SelfAssessmentSteps.AccessibleAtBothWidthsAsync(citizen);
        await Pages.ScreenshotAsync(citizen, "self-assessment-saved");
        await Keyboard.TabToLinkAsync(citizen, "Carry on with your answers now");
        await citizen.Keyboard.PressAsync("Enter");
        await citizen.Locator("#Reference").WaitForAsync();
        await SelfAssessmentSteps.AccessibleAtBothWidthsAsync(citizen);
        await Keyboard.TabToAsync(citizen, f => f.Name == "Reference");
        await citizen.Keyboard.TypeAsync(reference);
        await Keyboard.TabToButtonAsync(citizen, "Send a code");
        await citizen.Keyboard.PressAsync("Enter");
        await citizen.Locator("#Code").WaitForAsync();
        await SelfAssessmentSteps.AccessibleAtBothWidthsAsync(citizen);
        await Pages.ScreenshotAsync(citizen, "self-assessment-code");
        await Keyboard.TabToAsync(citizen, f => f.Name == "Code");
        await citizen.Keyboard.TypeAsync(await SelfAssessmentSteps.CodeSentToAsync(smtp, "pat@example.org"));
        await Keyboard.TabToButtonAsync(citizen, "Continue");
        await citizen.Keyboard.PressAsync("Enter");
        await citizen.GetByRole(AriaRole.Heading, new() { Name = "Does anyone help you without being paid, like family, friends or neighbours?" }).WaitForAsync();

        await SelfAssessmentSteps.AnswerAllAsync(citizen, Chosen);
        await citizen.GetByRole(AriaRole.Heading, new() { Name = "Check your answers before sending them" }).WaitForAsync();
        await SelfAssessmentSteps.AccessibleAtBothWidthsAsync(citizen);
        await Pages.ScreenshotAsync(citizen, "self-assessment-check-answers");
        await Keyboard.TabToButtonAsync(citizen, "Accept and send");
        await citizen.Keyboard.PressAsync("Enter");
        (await citizen.Locator("#reference").InnerTextAsync()).ShouldBe(reference);
        await SelfAssessmentSteps.AccessibleAtBothWidthsAsync(citizen);
        await Pages.ScreenshotAsync(citizen, "self-assessment-sent");

        // The practitioner finds it on the caseload, starts a Needs Profile, accepts most answers and changes two.
        await Pages.OpenAsync(staff, "/caseload");
        await staff.Locator("#self-assessments-to-check").GetByRole(AriaRole.Link, new() { Name = $"Pat Letterby, {reference}" }).ClickAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Start a Needs Profile" }).ClickAsync();
        await staff.Locator("#answers-to-check").WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(staff);
        await staff.Locator("label[for='review-hygiene-need-4']").ClickAsync();
        await staff.Locator("label[for='review-mobility-walking-2']").ClickAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Save into the Needs Profile" }).ClickAsync();
        (await staff.Locator("#review-saved").InnerTextAsync()).ShouldContain("Every answer is now in the Needs Profile. You changed 2 of them.");
        var rows = await staff.Locator("#answers-checked tbody tr").AllInnerTextsAsync();
        rows.ShouldContain(r => r.StartsWith("How much help does the person need to wash", StringComparison.Ordinal) && r.Contains("Some hands-on help\tA lot of hands-on help\tChanged", StringComparison.Ordinal));
        rows.Count(r => r.Contains("\tAccepted\t", StringComparison.Ordinal)).ShouldBe(rows.Count - 2);
        await Axe.AssertAccessibleAtBothWidthsAsync(staff);
        await Pages.ScreenshotAsync(staff, "self-assessment-review");

        // The practitioner's own judgements, which the person was not asked, complete the profile.
        var profiles = app.Services.GetRequiredService<NeedsProfileStore>();
        var reviewed = await ReviewedProfileAsync(app, person.Id);
        var practitionerOnly = new Dictionary<string, string?> { ["person.eligibility_decided"] = "yes", ["person.primary_support_reason"] = "physical_personal_care" };
        (await profiles.SaveAnswersAsync(reviewed.Id, practitionerOnly, reviewed.Version, "demo.practitioner")).IsSaved.ShouldBeTrue();

        var merged = await PersonAnswersAsync(app, person.Id);
        merged["hygiene.need"] = "most";
        merged["mobility.walking"] = "with_aid";
        merged["person.eligibility_decided"] = "yes";
        merged["person.primary_support_reason"] = "physical_personal_care";
        var expected = app.Services.GetRequiredService<FormulateEngine>().Estimate(new NeedsProfile { AssessmentDate = reviewed.AssessmentDate, Answers = merged });
        var weekly = expected.Result.ShouldNotBeNull(string.Join("; ", expected.Problems.Select(p => p.Message))).WeeklyEstimate;
        await Pages.OpenAsync(staff, $"/profiles/{reviewed.Id}");
        (await staff.Locator("#estimate-panel").InnerTextAsync()).ShouldContain(Pounds.Format(weekly));
    }

    [Fact]
    public async Task SelfAssessment_InvitedByTextGivingOnlyAMobile_IsToldOfAWrongNumberAndComesBackByTheTextedCode()
    {
        using var notify = new NotifyServer(() => DateTimeOffset.UtcNow);
        await using var app = new FormulateAppFactory(new Dictionary<string, string?>
        {
            ["Formulate:Sms:BaseUrl"] = notify.BaseUrl,
            ["Formulate:Sms:ApiKey"] = NotifyServer.ApiKey,
            ["Formulate:Sms:TemplateId"] = NotifyServer.TemplateId,
        });
        app.StartServer();
        var person = await LetterData.AddPersonAsync(app.Services, "Mo");

        // The practitioner texts Mo the link, by keyboard alone.
        var staff = await fixture.NewPageAsync(app);
        await SignIn.AsAsync(staff, "demo.practitioner");
        await Pages.OpenAsync(staff, $"/people/{person.Id}/self-assessment");
        await Keyboard.TabToAsync(staff, f => f.Name == "InviteMobile");
        await staff.Keyboard.TypeAsync("07700 900 123");
        await Keyboard.TabToButtonAsync(staff, "Create an invitation");
        await staff.Keyboard.PressAsync("Enter");
        (await staff.Locator("#invitation-texted").InnerTextAsync()).ShouldBe("The link has been sent by text message to 07700 900 123.");
        var link = await staff.Locator("#invitation-link").InnerTextAsync();
        notify.Received.ShouldContain(m => m.PhoneNumber == "+447700900123" && m.Body.Contains(link, StringComparison.Ordinal));
        await Axe.AssertAccessibleAtBothWidthsAsync(staff);
        await Pages.ScreenshotAsync(staff, "self-assessment-invite-by-text");

        // Mo gives a mobile number with a digit missing, is told so at the field, and puts it right.
        var citizen = await fixture.NewPageAsync(app);
        await citizen.GotoAsync(link);
        await Keyboard.TabToAsync(citizen, f => f.Type == "radio" && f.Value == "me");
        await citizen.Keyboard.PressAsync("Space");
        await Keyboard.TabToAsync(citizen, f => f.Name == "ContactMobile");
        await citizen.Keyboard.TypeAsync("07700 90098");
        await Keyboard.TabToButtonAsync(citizen, "Continue");
        await citizen.Keyboard.PressAsync("Enter");
        (await citizen.Locator(".govuk-error-summary").InnerTextAsync()).ShouldContain("Enter a UK mobile number, like 07700 900 982");
        (await citizen.Locator("#ContactMobile").InputValueAsync()).ShouldBe("07700 90098");
        await SelfAssessmentSteps.AccessibleAtBothWidthsAsync(citizen);
        await Pages.ScreenshotAsync(citizen, "self-assessment-mobile-error");
        await Keyboard.TabToAsync(citizen, f => f.Name == "ContactMobile");
        await citizen.Keyboard.PressAsync("End");
        await citizen.Keyboard.TypeAsync("2");
        await Keyboard.TabToButtonAsync(citizen, "Continue");
        await citizen.Keyboard.PressAsync("Enter");
        await citizen.GetByRole(AriaRole.Heading, new() { Name = "How old are you?" }).WaitForAsync();

        // Mo saves, then comes back with the reference and the code texted to them.
        await SelfAssessmentSteps.AnswerAsync(citizen, 0, button: "Save and come back later");
        var reference = await citizen.Locator("#reference").InnerTextAsync();
        await Keyboard.TabToLinkAsync(citizen, "Carry on with your answers now");
        await citizen.Keyboard.PressAsync("Enter");
        await Keyboard.TabToAsync(citizen, f => f.Name == "Reference");
        await citizen.Keyboard.TypeAsync(reference);
        await Keyboard.TabToButtonAsync(citizen, "Send a code");
        await citizen.Keyboard.PressAsync("Enter");
        await citizen.Locator("#Code").WaitForAsync();
        await Keyboard.TabToAsync(citizen, f => f.Name == "Code");
        await citizen.Keyboard.TypeAsync(await CodeTextedToAsync(notify, "+447700900982"));
        await Keyboard.TabToButtonAsync(citizen, "Continue");
        await citizen.Keyboard.PressAsync("Enter");
        await citizen.GetByRole(AriaRole.Heading, new() { Name = "Where do you live?" }).WaitForAsync();
        await SelfAssessmentSteps.AccessibleAtBothWidthsAsync(citizen);
    }

    [Fact]
    public async Task SelfAssessment_CarerOnSomeonesBehalf_IsAskedAboutThemAndSends()
    {
        await using var app = new FormulateAppFactory();
        app.StartServer();
        var person = await LetterData.AddPersonAsync(app.Services, "Lee");
        var invitation = await app.Services.GetRequiredService<SelfAssessmentStore>().InviteAsync(person.Id, "2025.1", "demo.practitioner");
        var carer = await fixture.NewPageAsync(app);

        await carer.GotoAsync($"/self-assessment/invitation/{invitation.Code}");
        await Keyboard.TabToAsync(carer, f => f.Type == "radio" && f.Value == "me");
        await carer.Keyboard.PressAsync("ArrowDown");
        await Keyboard.TabToAsync(carer, f => f.Type == "radio" && f.Name == "Relationship");
        await carer.Keyboard.PressAsync("ArrowDown");
        await carer.Keyboard.PressAsync("ArrowDown");
        await Keyboard.TabToAsync(carer, f => f.Name == "HelperName");
        await carer.Keyboard.TypeAsync("Robin Letterby");
        await Keyboard.TabToAsync(carer, f => f.Name == "ContactEmail");
        await carer.Keyboard.TypeAsync("robin@example.org");
        await SelfAssessmentSteps.AccessibleAtBothWidthsAsync(carer);
        await Keyboard.TabToButtonAsync(carer, "Continue");
        await carer.Keyboard.PressAsync("Enter");

        await carer.GetByRole(AriaRole.Heading, new() { Name = "How old are they?" }).WaitForAsync();
        await SelfAssessmentSteps.AnswerTheRestAsync(carer, app.Services, new Dictionary<string, int>());
        (await carer.Locator(".govuk-summary-list__key").AllInnerTextsAsync()).ShouldContain("Where do they live?");
        await Keyboard.TabToButtonAsync(carer, "Accept and send");
        await carer.Keyboard.PressAsync("Enter");
        await carer.Locator("#reference").WaitForAsync();
        var stored = (await app.Services.GetRequiredService<SelfAssessmentStore>().FindAsync(invitation.SelfAssessment.Id))!;
        (stored.Voice, stored.HelperRelationship, stored.HelperName).ShouldBe(("they", "child", "Robin Letterby"));
        stored.Status.ShouldBe(Formulate.Data.Entities.SelfAssessmentStatus.Submitted);
    }

    [Fact]
    public async Task SelfAssessment_CouncilShowsAFigure_SelfFunderIsShownTheirIndependentPersonalBudgetAndThePractitionerSeesIt()
    {
        await using var app = new FormulateAppFactory();
        app.StartServer();
        var drafts = app.Services.GetRequiredService<ConfigurationDrafts>();
        var draft = (await drafts.EditAsync(
            ParameterSetKind.Configuration,
            set => ParameterSetEdits.WithValue(OptionalDecisions.Including(set, IndicativeFigures.PolicyKey), IndicativeFigures.PolicyKey, drafts.Today, 1m, "Cabinet decision (test)"),
            "demo.config")).Version!;
        (await app.Services.GetRequiredService<ParameterVersions>().PublishAsync(draft.Id, drafts.Today, "demo.config")).Succeeded.ShouldBeTrue();
        var person = await LetterData.AddPersonAsync(app.Services, "Sam");
        var invitation = await app.Services.GetRequiredService<SelfAssessmentStore>().InviteAsync(person.Id, "2025.1", "demo.practitioner");
        var citizen = await fixture.NewPageAsync(app);

        await citizen.GotoAsync($"/self-assessment/invitation/{invitation.Code}");
        await Keyboard.TabToAsync(citizen, f => f.Type == "radio" && f.Value == "me");
        await citizen.Keyboard.PressAsync("Space");
        await Keyboard.TabToAsync(citizen, f => f.Name == "ContactEmail");
        await citizen.Keyboard.TypeAsync("sam@example.org");
        await Keyboard.TabToButtonAsync(citizen, "Continue");
        await citizen.Keyboard.PressAsync("Enter");
        await citizen.GetByRole(AriaRole.Heading, new() { Name = "Do you expect to arrange and pay for your own care?" }).WaitForAsync();
        await SelfAssessmentSteps.AccessibleAtBothWidthsAsync(citizen);
        await Pages.ScreenshotAsync(citizen, "self-assessment-paying-for-care");
        await SelfAssessmentSteps.AnswerAsync(citizen, 0);
        await SelfAssessmentSteps.AnswerTheRestAsync(citizen, app.Services, HandWorkedSelfAssessment.Positions(app.Services.GetRequiredService<FormulateEngine>().Definition.Questions));
        await citizen.GetByRole(AriaRole.Heading, new() { Name = "Check your answers before sending them" }).WaitForAsync();
        (await citizen.Locator("#figure-after-sending").InnerTextAsync()).ShouldContain("a guide to what your care might cost");
        await SelfAssessmentSteps.AccessibleAtBothWidthsAsync(citizen);
        await Keyboard.TabToButtonAsync(citizen, "Accept and send");
        await citizen.Keyboard.PressAsync("Enter");

        await citizen.Locator("#indicative-figure").WaitForAsync();
        (await citizen.Locator("#indicative-figure h2").InnerTextAsync()).ShouldBe("Your independent personal budget");
        (await citizen.Locator("#indicative-amount").InnerTextAsync()).ShouldBe("£94.67 a week");
        (await citizen.Locator("#indicative-lines li").AllInnerTextsAsync()).ShouldBe([HandWorkedSelfAssessment.HouseholdLine, HandWorkedSelfAssessment.RelationshipsLine]);
        await SelfAssessmentSteps.AccessibleAtBothWidthsAsync(citizen);
        await Pages.ScreenshotAsync(citizen, "self-assessment-indicative-figure");

        var staff = await fixture.NewPageAsync(app);
        await SignIn.AsAsync(staff, "demo.practitioner");
        await Pages.OpenAsync(staff, $"/self-assessments/{invitation.SelfAssessment.Id}");
        var details = await staff.Locator(".staff-summary-list").First.InnerTextAsync();
        details.ShouldContain("£94.67 a week, as an independent personal budget");
        details.ShouldContain("Yes: expects to arrange and pay for their own care (a self-funder)");
        await Axe.AssertAccessibleAtBothWidthsAsync(staff);
    }

    private static async Task<string> CodeTextedToAsync(NotifyServer notify, string phoneNumber)
    {
        for (var i = 0; i < 50; i++)
        {
            if (notify.Received.LastOrDefault(m => m.PhoneNumber == phoneNumber) is { } text
                && System.Text.RegularExpressions.Regex.Match(text.Body, @"Your code is (\d{6})\.") is { Success: true } match)
            {
                return match.Groups[1].Value;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"No code was texted to {phoneNumber}; Notify refused: {string.Join("; ", notify.Refused)}");
    }

    private static async Task<Formulate.Data.Entities.NeedsProfile> ReviewedProfileAsync(FormulateAppFactory app, Guid personId)
    {
        var record = await app.Services.GetRequiredService<Formulate.Web.People.PeopleService>()
            .FindAsync(Formulate.Tests.Web.Support.CaseWorkers.Practitioner(), personId);
        return record.Value!.Profiles.Single();
    }

    private static async Task<Dictionary<string, string>> PersonAnswersAsync(FormulateAppFactory app, Guid personId)
    {
        var store = app.Services.GetRequiredService<SelfAssessmentStore>();
        await using var context = await app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Formulate.Data.FormulateDbContext>>().CreateDbContextAsync();
        var id = context.SelfAssessments.Single(s => s.PersonId == personId).Id;
        return new Dictionary<string, string>(SelfAssessmentJourney.AnswersOf((await store.FindAsync(id))!.PersonAnswersJson));
    }
}
