using Formulate.Data;
using Formulate.Data.Entities;
using Formulate.Data.SignOff;
using Formulate.Engine.Parameters;
using Formulate.Tests.Data.Infrastructure;
using Formulate.Tests.Web.Letters.Support;
using Formulate.Tests.Web.Support;
using Formulate.Web.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.SignOff;

/// <summary>Each test publishes its own approval limit, so each has its own app.</summary>
public sealed class ApprovalLimitPageTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(FixedTimeProvider.DefaultNow.UtcDateTime);

    [Fact]
    public async Task SubmissionPage_LimitRaisedAfterSubmission_ShowsTheLimitItWasJudgedAgainst()
    {
        using var factory = new FormulateWebFactory();
        var (submissionId, _) = await SignOffData.SubmitAsync(factory.Services, "Lena", 1200m);
        await PublishLimitAsync(factory, 1500m);
        using var session = factory.NewSession();
        await session.SignInAsync("demo.manager");

        var page = await session.GetPageAsync($"/sign-off/{submissionId}");

        SummaryValue(page, "Approvals needed").ShouldBe("Two, from different managers (above £1,000.00 a week)");
    }

    [Fact]
    public async Task SubmissionPage_LimitLoweredAfterSubmission_StillSaysOneApprovalWithinTheLimitThen()
    {
        using var factory = new FormulateWebFactory();
        var (submissionId, _) = await SignOffData.SubmitAsync(factory.Services, "Lorna", 800m);
        await PublishLimitAsync(factory, 400m);
        using var session = factory.NewSession();
        await session.SignInAsync("demo.manager");

        var page = await session.GetPageAsync($"/sign-off/{submissionId}");

        SummaryValue(page, "Approvals needed").ShouldBe("One (£1,000.00 a week or less)");
    }

    [Fact]
    public async Task PersonPage_BudgetAgreedBeforeTheLimitChanged_ShowsTheLimitItWasAgreedUnder()
    {
        using var factory = new FormulateWebFactory();
        var (submissionId, personId) = await SignOffData.SubmitAsync(factory.Services, "Lionel", 1200m);
        var signOff = factory.Services.GetRequiredService<SignOffStore>();
        (await signOff.DecideAsync(submissionId, DecisionOutcome.Approved, null, "manager.one", aboveLimitConfirmed: true)).Errors.ShouldBeEmpty();
        (await signOff.DecideAsync(submissionId, DecisionOutcome.Approved, null, "manager.two", aboveLimitConfirmed: true)).Errors.ShouldBeEmpty();
        await PublishLimitAsync(factory, 1500m);
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        var page = await session.GetPageAsync($"/people/{personId}");

        page.Document.QuerySelector("#agreed-table tbody tr")!.QuerySelectorAll("td")[^1].TextContent.Trim()
            .ShouldBe("Two approvals (above £1,000.00 a week)");
    }

    [Fact]
    public async Task SubmissionPage_SubmittedBeforeLimitsWereRecorded_SaysSoInsteadOfShowingTodaysLimit()
    {
        using var factory = new FormulateWebFactory();
        var (submissionId, _) = await SignOffData.SubmitAsync(factory.Services, "Lottie", 1200m);
        await using (var context = await factory.Services.GetRequiredService<IDbContextFactory<FormulateDbContext>>().CreateDbContextAsync())
        {
            // As a submission saved before the limit had a column reads back.
            await context.BudgetSubmissions.Where(s => s.Id == submissionId)
                .ExecuteUpdateAsync(update => update.SetProperty(s => s.SecondApprovalAboveWeekly, (decimal?)null));
        }

        using var session = factory.NewSession();
        await session.SignInAsync("demo.manager");

        var page = await session.GetPageAsync($"/sign-off/{submissionId}");

        SummaryValue(page, "Approvals needed")
            .ShouldBe("Two, from different managers (the approval limit in force when it was submitted was not recorded)");
    }

    private static async Task PublishLimitAsync(FormulateWebFactory factory, decimal limit)
    {
        var drafts = factory.Services.GetRequiredService<ConfigurationDrafts>();
        var draft = (await drafts.EditAsync(ParameterSetKind.Configuration,
            set => ParameterSetEdits.WithValue(set, ConfiguredSignOffPolicy.ApprovalLimitKey, Today, limit, "Cabinet decision (test)"), "demo.config")).Version!;
        (await factory.Services.GetRequiredService<ParameterVersions>().PublishAsync(draft.Id, Today, "demo.config")).Succeeded.ShouldBeTrue();
        factory.Services.GetRequiredService<ISignOffPolicy>().SecondApprovalAboveWeekly.ShouldBe(limit);
    }

    private static string SummaryValue(HtmlPage page, string key) =>
        page.Document.QuerySelectorAll(".staff-summary-list__row")
            .Single(row => row.QuerySelector(".staff-summary-list__key")!.TextContent.Trim() == key)
            .QuerySelector(".staff-summary-list__value")!.TextContent.Trim();
}
