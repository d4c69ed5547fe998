using System.Net;
using System.Security.Claims;
using Formulate.Data.Entities;
using Formulate.Data.Seeding;
using Formulate.Data.SignOff;
using Formulate.Tests.Web.Letters.Support;
using Formulate.Tests.Web.Support;
using Formulate.Web.Security;
using Formulate.Web.SignOff;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Teams;

/// <summary>demo.manager manages the North Locality Team; the submissions here come from each team.</summary>
public sealed class SignOffTeamTests(FormulateWebFactory factory) : IClassFixture<FormulateWebFactory>
{
    [Fact]
    public async Task SignOffQueue_NorthManager_ListsNorthSubmissionsButNotSouthOnes()
    {
        var north = await SubmitAsync("Norah", DemoAccounts.NorthTeam);
        var south = await SubmitAsync("Samuel", DemoAccounts.SouthTeam);
        using var session = factory.NewSession();
        await session.SignInAsync("demo.manager");

        var page = await session.GetPageAsync("/sign-off");

        var links = page.Document.QuerySelectorAll("#queue a").Select(a => a.GetAttribute("href")).ToList();
        links.ShouldContain($"/sign-off/{north}");
        links.ShouldNotContain($"/sign-off/{south}");
        page.Document.QuerySelectorAll("#filter-team option").Select(o => o.GetAttribute("value")).ShouldNotContain(DemoAccounts.SouthTeam);
    }

    [Fact]
    public async Task SubmissionPage_NorthManagerOpensSouthSubmission_IsRefused()
    {
        var south = await SubmitAsync("Sybil", DemoAccounts.SouthTeam);
        using var session = factory.NewSession();
        await session.SignInAsync("demo.manager");

        var response = await session.Client.GetAsync($"/sign-off/{south}");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/forbidden");
    }

    [Fact]
    public async Task SubmissionPage_NorthManagerOpensNorthSubmission_OffersTheDecision()
    {
        var north = await SubmitAsync("Nigel", DemoAccounts.NorthTeam);
        using var session = factory.NewSession();
        await session.SignInAsync("demo.manager");

        var page = await session.GetPageAsync($"/sign-off/{north}");

        page.Document.QuerySelector("form#decision").ShouldNotBeNull();
    }

    [Fact]
    public async Task SubmissionPage_NorthManagerPostsToSouthSubmission_RecordsNoDecision()
    {
        var south = await SubmitAsync("Selina", DemoAccounts.SouthTeam);
        using var session = factory.NewSession();
        await session.SignInAsync("demo.manager");
        var home = await session.GetPageAsync("/");
        var token = home.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";

        var response = await session.Client.PostAsync($"/sign-off/{south}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            [SignOffStore.CommentsField] = "Approved by link",
        }));

        response.IsSuccessStatusCode.ShouldBeFalse();
        await ShouldBeUndecidedAsync(south);
    }

    [Theory]
    [InlineData(DecisionOutcome.Approved)]
    [InlineData(DecisionOutcome.Returned)]
    public async Task DecideAsync_NorthManagerOnSouthSubmission_IsRefusedAndNotRecorded(DecisionOutcome outcome)
    {
        var south = await SubmitAsync("Stanley", DemoAccounts.SouthTeam);
        await using var scope = factory.Services.CreateAsyncScope();
        SignInAs(scope, "demo.manager", DemoAccounts.NorthTeam);
        var signOff = scope.ServiceProvider.GetRequiredService<TeamSignOff>();

        var result = await signOff.DecideAsync(south, outcome, "Decided from another team");

        result.Errors.ShouldHaveSingleItem().Message.ShouldBe(TeamSignOff.OtherTeamMessage);
        (await signOff.FindAsync(south)).ShouldBeNull();
        await ShouldBeUndecidedAsync(south);
    }

    [Fact]
    public async Task DecideAsync_NorthManagerOnNorthSubmission_IsRecorded()
    {
        var north = await SubmitAsync("Nancy", DemoAccounts.NorthTeam);
        await using var scope = factory.Services.CreateAsyncScope();
        SignInAs(scope, "demo.manager", DemoAccounts.NorthTeam);

        var result = await scope.ServiceProvider.GetRequiredService<TeamSignOff>().DecideAsync(north, DecisionOutcome.Approved, null);

        result.Errors.ShouldBeEmpty();
        var record = (await factory.Services.GetRequiredService<SignOffStore>().FindAsync(north)).ShouldNotBeNull();
        record.Decisions.ShouldHaveSingleItem().DecidedBy.ShouldBe("demo.manager");
    }

    private static void SignInAs(AsyncServiceScope scope, string userName, string team)
    {
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, userName), new Claim(ClaimTypes.Role, nameof(Role.TeamManager)), new Claim(FormulateClaimTypes.Team, team)],
            "Test");
        ((IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(identity))));
    }

    private async Task ShouldBeUndecidedAsync(Guid submissionId)
    {
        var record = (await factory.Services.GetRequiredService<SignOffStore>().FindAsync(submissionId)).ShouldNotBeNull();
        record.Decisions.ShouldBeEmpty();
        record.Submission.Status.ShouldBe(SubmissionStatus.AwaitingApproval);
    }

    private async Task<Guid> SubmitAsync(string givenName, string team)
    {
        var person = await LetterData.AddPersonAsync(factory.Services, givenName, team: team);
        var snapshot = await LetterData.AddEstimateAsync(factory.Services, person.Id);
        var submitted = await factory.Services.GetRequiredService<SignOffStore>().SubmitAsync(new NewSubmission
        {
            NeedsProfileId = snapshot.NeedsProfileId,
            EstimateSnapshotId = snapshot.Id,
            ProposedWeekly = snapshot.WeeklyEstimate,
        }, "test.practitioner");
        submitted.Errors.ShouldBeEmpty();
        return submitted.SubmissionId!.Value;
    }
}
