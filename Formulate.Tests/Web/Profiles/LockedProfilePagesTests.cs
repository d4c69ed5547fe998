using Formulate.Data;
using Formulate.Data.Entities;
using Formulate.Data.People;
using Formulate.Data.Profiles;
using Formulate.Engine;
using Formulate.Tests.Web.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Profiles;

public sealed class LockedProfilePagesTests(FormulateWebFactory factory) : IClassFixture<FormulateWebFactory>
{
    [Theory]
    [InlineData(NeedsProfileStatus.Submitted, "/profiles/{profile}", "submitted for sign-off")]
    [InlineData(NeedsProfileStatus.Submitted, "/profiles/{profile}/sections/person", "submitted for sign-off")]
    [InlineData(NeedsProfileStatus.Approved, "/profiles/{profile}/sections/person", "agreed")]
    public async Task ProfilePage_SubmittedOrAgreed_SaysTheAnswersCannotBeChangedBeforeAnyIsTried(NeedsProfileStatus status, string template, string state)
    {
        var profileId = await ProfileAsync(status);
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        var page = await session.GetPageAsync(template.Replace("{profile}", profileId.ToString()));

        var notice = page.Document.GetElementById("profile-locked").ShouldNotBeNull().TextContent;
        notice.ShouldContain($"This Needs Profile has been {state}, so its answers can no longer be changed.");
        notice.ShouldContain("start a new Needs Profile");
    }

    [Fact]
    public async Task SectionPage_Draft_HasNoLockedNotice()
    {
        var profileId = await ProfileAsync(NeedsProfileStatus.Draft);
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        var page = await session.GetPageAsync($"/profiles/{profileId}/sections/person");

        page.Document.GetElementById("profile-locked").ShouldBeNull();
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
}
