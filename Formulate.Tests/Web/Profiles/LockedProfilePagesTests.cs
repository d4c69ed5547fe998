using Formulate.Data;
using Formulate.Data.Entities;
using Formulate.Data.People;
using Formulate.Data.Profiles;
using Formulate.Engine;
using Formulate.Tests.Web.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Profiles;

/// <summary>Moves the app's clock to fixed times of its own, so that the dates it checks do not depend on the order tests run in.</summary>
public sealed class LockedProfilePagesTests(FormulateWebFactory factory) : IClassFixture<FormulateWebFactory>
{
    private static readonly DateTimeOffset SubmittedAt = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ApprovedAt = new(2026, 11, 25, 16, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(NeedsProfileStatus.Submitted, "/profiles/{profile}", "submitted for sign-off")]
    [InlineData(NeedsProfileStatus.Submitted, "/profiles/{profile}/sections/person", "submitted for sign-off")]
    [InlineData(NeedsProfileStatus.Approved, "/profiles/{profile}/sections/person", "approved")]
    public async Task ProfilePage_SubmittedOrAgreedWithoutASubmissionOnRecord_SaysTheAnswersCannotBeChangedBeforeAnyIsTried(NeedsProfileStatus status, string template, string state)
    {
        var profileId = await ProfileAsync(status);
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        var page = await session.GetPageAsync(template.Replace("{profile}", profileId.ToString()));

        var notice = page.Document.GetElementById("profile-locked").ShouldNotBeNull().TextContent;
        notice.ShouldContain($"This Needs Profile was {state} and cannot be changed.");
    }

    [Fact]
    public async Task SectionPage_Draft_HasNoLockedNoticeAndOffersTheAnswers()
    {
        var profileId = await ProfileAsync(NeedsProfileStatus.Draft);
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        var page = await session.GetPageAsync($"/profiles/{profileId}/sections/person");

        page.Document.GetElementById("profile-locked").ShouldBeNull();
        page.Document.QuerySelectorAll("main input[type=radio]").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task SectionPage_Submitted_ShowsTheAnswersAsASummaryListWithNoControlToChangeThem()
    {
        var profileId = await SubmittedProfileAsync(approve: false);
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        var page = await session.GetPageAsync($"/profiles/{profileId}/sections/person");

        var main = page.Document.QuerySelector("main").ShouldNotBeNull();
        main.QuerySelectorAll("input, select, textarea, button").ShouldBeEmpty();
        var rows = main.QuerySelectorAll("#section-answers .staff-summary-list__row")
            .Select(row => (Key: row.QuerySelector("dt")!.TextContent.Trim(), Value: row.QuerySelector(".staff-summary-list__value")!.TextContent.Trim()))
            .ToList();
        rows.ShouldContain(("Where does the person live?", "In their own home, alone"));
        rows.ShouldContain(("Does anyone give the person unpaid help, such as family, friends or neighbours?", "No"));
        main.QuerySelectorAll("#section-answers a").ShouldBeEmpty();
        var notice = page.Document.GetElementById("profile-locked").ShouldNotBeNull().TextContent;
        notice.ShouldContain("This Needs Profile was submitted for sign-off on 23 November 2026 and cannot be changed.");
        notice.ShouldContain("If the manager returns it you can change it again.");
        page.Document.GetElementById("next-section").ShouldNotBeNull().GetAttribute("href").ShouldBe($"/profiles/{profileId}/sections/personal-care");
        main.QuerySelectorAll("a.staff-link").ShouldContain(a => a.TextContent == "Back to the Needs Profile" && a.GetAttribute("href") == $"/profiles/{profileId}");
    }

    [Fact]
    public async Task SectionPage_Approved_SaysWhenItWasApprovedAndLinksToAReassessment()
    {
        var profileId = await SubmittedProfileAsync(approve: true);
        var personId = (await factory.Services.GetRequiredService<NeedsProfileStore>().FindAsync(profileId))!.PersonId;
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        var page = await session.GetPageAsync($"/profiles/{profileId}/sections/personal-care");

        page.Document.QuerySelector("main")!.QuerySelectorAll("input, select, textarea, button").ShouldBeEmpty();
        page.Document.QuerySelectorAll("#section-answers .staff-summary-list__row").ShouldNotBeEmpty();
        var notice = page.Document.GetElementById("profile-locked").ShouldNotBeNull();
        notice.TextContent.ShouldContain("This Needs Profile was approved on 25 November 2026 and cannot be changed. To record changes, start a reassessment");
        notice.QuerySelector("a")!.GetAttribute("href").ShouldBe($"/people/{personId}");
    }

    [Fact]
    public async Task ProfileTasks_Submitted_SaysSoAndOffersTheAnswersToViewNotSectionsToStart()
    {
        var profileId = await SubmittedProfileAsync(approve: false);
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        var page = await session.GetPageAsync($"/profiles/{profileId}");

        page.Document.GetElementById("profile-locked")!.TextContent.ShouldContain("This Needs Profile was submitted for sign-off on 23 November 2026 and cannot be changed.");
        var tasks = page.Document.QuerySelectorAll(".staff-task-list__item");
        tasks.ShouldNotBeEmpty();
        page.Document.QuerySelectorAll(".staff-task-list .staff-tag").ShouldBeEmpty();
        tasks.Where(task => task.QuerySelector("a") is not null)
            .ShouldAllBe(task => task.QuerySelector(".staff-task-list__status")!.TextContent.Trim() == "Cannot be changed"
                && task.QuerySelector(".staff-task-list__name .staff-hint")!.TextContent.Trim() == "View the answers");
    }

    [Fact]
    public async Task SectionCheck_Submitted_HasNoChangeLinks()
    {
        var profileId = await SubmittedProfileAsync(approve: false);
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        var page = await session.GetPageAsync($"/profiles/{profileId}/sections/person/check");

        page.Document.QuerySelectorAll(".staff-summary-list__row").ShouldNotBeEmpty();
        page.Document.QuerySelectorAll(".staff-summary-list__actions").ShouldBeEmpty();
    }

    private async Task<Guid> ProfileAsync(NeedsProfileStatus status)
    {
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<FormulateDbContext>>();
        await using var context = await contexts.CreateDbContextAsync();
        var person = await context.PeopleWithCaseReference("DEMO-0001").FirstAsync();
        var version = factory.Services.GetRequiredService<FormulateEngine>().Definition.Questions.Version;
        var profile = await factory.Services.GetRequiredService<NeedsProfileStore>()
            .CreateAsync(person.Id, new DateOnly(2026, 11, 22), version, "demo.practitioner");
        var stored = await context.NeedsProfiles.SingleAsync(p => p.Id == profile.Id);
        stored.Status = status;
        await context.SaveChangesAsync();
        return profile.Id;
    }

    /// <summary>A completed profile, estimated and submitted at <see cref="SubmittedAt"/>, and approved at <see cref="ApprovedAt"/> when asked.</summary>
    private async Task<Guid> SubmittedProfileAsync(bool approve)
    {
        var snapshot = await EstimatedWebProfiles.CreateAsync(factory.Services);
        factory.Clock.Now = SubmittedAt;
        var submissionId = await EstimatedWebProfiles.SubmitAsync(factory.Services, snapshot);
        if (approve)
        {
            factory.Clock.Now = ApprovedAt;
            await EstimatedWebProfiles.ApproveAsync(factory.Services, submissionId);
        }

        return snapshot.NeedsProfileId;
    }
}
