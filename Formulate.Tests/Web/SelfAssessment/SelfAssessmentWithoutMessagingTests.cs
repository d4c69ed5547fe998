using Formulate.Data.Audit;
using Formulate.Data.SelfAssessments;
using Formulate.Tests.Web.Support;
using Formulate.Web.Components.Pages.SelfAssessment;
using Formulate.Web.SelfAssessments;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.SelfAssessment;

/// <summary>A council that has set up neither e-mail nor text messages: nothing is sent, and staff and people are told so.</summary>
public sealed class SelfAssessmentWithoutMessagingTests : IDisposable
{
    private readonly FormulateWebFactory _app = FormulateWebFactory.WithFreshDatabase();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Start_TextMessagesNotSetUp_SaysSoAsksOnlyForAnEmailAndRefusesAMobileAlone()
    {
        var invitation = await InviteAsync();
        using var session = _app.NewSession();
        var page = await session.GetPageAsync(SelfAssessmentPaths.Invitation(invitation.Code));

        page.Document.GetElementById("no-text-messages")!.TextContent.ShouldBe("We cannot send codes by text message at the moment, so please give an e-mail address.");
        page.Document.QuerySelector("[name=ContactMobile]").ShouldBeNull();
        var refused = await HtmlPage.ReadAsync(
            await session.SubmitAsync(page, "form", new Dictionary<string, string> { ["Who"] = "me", ["ContactEmail"] = "", ["ContactMobile"] = "07700 900982" }), page.Url);
        refused.ErrorSummary.ShouldBe(["Enter your e-mail address"]);
    }

    [Fact]
    public async Task InviteAsync_NeitherEmailNorTextSetUp_TellsThePractitionerToGiveTheLinkThemselves()
    {
        var personId = (await CaseloadAsync())[0];
        var reviews = _app.Services.GetRequiredService<SelfAssessmentReviews>();

        var created = (await reviews.InviteAsync(CaseWorkers.Practitioner(), personId, "pat@example.org", "+447700900123", new Uri("https://council.example/"))).Value!;

        (created.Emailed, created.Texted).ShouldBe((false, false));
        created.NotSent.ShouldBe([SelfAssessmentReviews.MailNotSetUp, SelfAssessmentReviews.SmsNotSetUp]);
        var audit = (await _app.Services.GetRequiredService<AuditLog>().SearchAsync(new AuditQuery { Action = SelfAssessmentStore.InvitationCreatedAction }))
            .Select(row => row.Entry).Single(entry => entry.AfterJson!.Contains(created.Reference, StringComparison.Ordinal));
        audit.AfterJson.ShouldNotBeNull().ShouldContain("\"InvitationSentBy\":\"Practitioner\"");
    }

    private async Task<SelfAssessmentInvitation> InviteAsync() =>
        await _app.Services.GetRequiredService<SelfAssessmentStore>().InviteAsync((await CaseloadAsync())[0], "2025.1", "demo.practitioner");

    private async Task<IReadOnlyList<Guid>> CaseloadAsync() =>
        [.. (await _app.Services.GetRequiredService<Formulate.Web.People.PeopleService>().ListCaseloadAsync(CaseWorkers.Practitioner())).Select(entry => entry.PersonId)];
}
