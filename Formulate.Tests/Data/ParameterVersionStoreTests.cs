using Formulate.Data.Entities;
using Formulate.Data.Parameters;
using Formulate.Engine.Defaults;
using Formulate.Engine.Parameters;
using Formulate.Tests.Data.Infrastructure;
using Formulate.Tests.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Data;

public abstract class ParameterVersionStoreTests(ITestDatabaseHost host) : DataTestBase(host)
{
    private static readonly ParameterSet ShippedConfiguration = DefaultDefinitions.Definition.Configuration;
    private static readonly DateOnly April2026 = new(2026, 4, 1);

    private ParameterVersionStore Store => Database.Services.GetRequiredService<ParameterVersionStore>();

    [Fact]
    public async Task InitializeAsync_NewDatabase_PublishesTheShippedModelAndConfigurationOnce()
    {
        await Database.InitializeAsync();

        var published = await Store.ListPublishedAsync();

        published.Select(v => (v.Kind, v.Stamp, v.EffectiveFrom)).OrderBy(v => v.Kind).ShouldBe(
        [
            (ParameterSetKind.Model, DefaultDefinitions.Definition.Model.Stamp, (DateOnly?)ParameterVersionStore.ShippedEffectiveFrom),
            (ParameterSetKind.Configuration, ShippedConfiguration.Stamp, (DateOnly?)ParameterVersionStore.ShippedEffectiveFrom),
        ]);
        ParameterSetWriter.SameContent(ParameterVersionStore.Read(published.Single(v => v.Kind == ParameterSetKind.Configuration)), ShippedConfiguration)
            .ShouldBeTrue();
    }

    [Fact]
    public async Task PublishShippedAsync_CareAsPlannedChosen_PublishesItsModelAndConfigurationAndNothingMoreLater()
    {
        // As a new installation: the test database starts with the first shipped versions published.
        await using (var context = Database.CreateContext())
        {
            await context.ParameterSetVersions.ExecuteDeleteAsync();
        }

        var added = await Store.PublishShippedAsync(DefaultDefinitions.CareAsPlanned);
        var addedAgain = await Store.PublishShippedAsync(DefaultDefinitions.Definition);

        added.ShouldBe(2);
        addedAgain.ShouldBe(0);
        (await Store.ListPublishedAsync()).Select(v => (v.Kind, v.Stamp)).OrderBy(v => v.Kind).ShouldBe(
        [
            (ParameterSetKind.Model, "formulate-core@2026.1"),
            (ParameterSetKind.Configuration, "demo-council@2026.1"),
        ]);
    }

    [Fact]
    public async Task SaveDraftAsync_NewVersion_KeepsOneDraftPerKindAndReplacesItsContent()
    {
        var first = await Store.SaveDraftAsync(Raised(23m), "First uplift", "config.one");
        var second = await Store.SaveDraftAsync(Raised(24m), null, "config.two", first.Version!.Version);

        second.Succeeded.ShouldBeTrue();
        second.Version!.Id.ShouldBe(first.Version.Id);
        var versions = await Store.ListAsync(ParameterSetKind.Configuration);
        versions.Count(v => v.Status == ParameterVersionStatus.Draft).ShouldBe(1);
        versions[0].Status.ShouldBe(ParameterVersionStatus.Draft);
        ParameterVersionStore.Read(versions[0]).Find("rate.home_care")!.Values[^1].Value.ShouldBe(24m);
        versions[0].UpdatedBy.ShouldBe("config.two");
        (await Store.FindDraftAsync(ParameterSetKind.Model)).ShouldBeNull();
    }

    [Fact]
    public async Task SecondDraftOfAKind_WrittenStraightToTheDatabase_IsRefusedByTheSchema()
    {
        (await Store.SaveDraftAsync(Raised(23m), null, "config.one")).Succeeded.ShouldBeTrue();
        await using var context = Database.CreateContext();
        context.ParameterSetVersions.Add(new ParameterSetVersion
        {
            Kind = ParameterSetKind.Configuration,
            SetId = ShippedConfiguration.Id,
            SetVersion = "2026.9",
            Status = ParameterVersionStatus.Draft,
            Json = ParameterSetWriter.ToJson(ShippedConfiguration with { Version = "2026.9" }),
            CreatedAt = DateTimeOffset.UnixEpoch,
            CreatedBy = "config.two",
        });

        await Should.ThrowAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }

    [Fact]
    public async Task SaveDraftAsync_SeveralOfficersStartingADraftAtOnce_OneIsSavedAndTheOthersAreToldWithoutAnError()
    {
        var versions = Enumerable.Range(1, 6).Select(i => ShippedConfiguration.Setting("rate.home_care", 22m + i, April2026) with { Version = $"2026.{i}" }).ToList();

        var results = await Task.WhenAll(versions.Select((set, i) => Task.Run(() => Store.SaveDraftAsync(set, null, $"config.{i}", ParameterVersionStore.NoDraft))));

        results.Count(result => result.Succeeded).ShouldBe(1);
        results.Where(result => !result.Succeeded).ShouldAllBe(result => result.Errors.Count == 1);
        await using var context = Database.CreateContext();
        (await context.ParameterSetVersions.CountAsync(v => v.Kind == ParameterSetKind.Configuration && v.Status == ParameterVersionStatus.Draft)).ShouldBe(1);
    }

    [Fact]
    public async Task SaveDraftAsync_StaleEditorVersion_IsRefusedAndKeepsTheOtherEdit()
    {
        var first = await Store.SaveDraftAsync(Raised(23m), null, "config.one");
        await Store.SaveDraftAsync(Raised(24m), null, "config.two", first.Version!.Version);

        var stale = await Store.SaveDraftAsync(Raised(25m), null, "config.one", first.Version.Version);

        stale.Errors.ShouldHaveSingleItem().Message.ShouldContain("changed by someone else");
        ParameterVersionStore.Read((await Store.FindDraftAsync(ParameterSetKind.Configuration))!).Find("rate.home_care")!.Values[^1].Value.ShouldBe(24m);
    }

    [Fact]
    public async Task SaveDraftAsync_EditorSawNoDraftButOneWasStartedMeanwhile_IsRefusedAndKeepsIt()
    {
        await Store.SaveDraftAsync(Raised(24m), null, "config.two", ParameterVersionStore.NoDraft);

        var late = await Store.SaveDraftAsync(Raised(25m), null, "config.one", ParameterVersionStore.NoDraft);

        late.Errors.ShouldHaveSingleItem().Message.ShouldContain("was started by config.two meanwhile, so nothing was saved and their draft is kept");
        var draft = (await Store.FindDraftAsync(ParameterSetKind.Configuration))!;
        ParameterVersionStore.Read(draft).Find("rate.home_care")!.Values[^1].Value.ShouldBe(24m);
        draft.CreatedBy.ShouldBe("config.two");
    }

    [Fact]
    public async Task ReplaceDraftAsync_DraftAsShown_ReplacesItsContent()
    {
        var shown = (await Store.SaveDraftAsync(Raised(23m), null, "config.two")).Version!;

        var replaced = await Store.ReplaceDraftAsync(Raised(25m), "Imported", "config.one", ShownDraft.Of(shown));

        replaced.Succeeded.ShouldBeTrue();
        replaced.Version!.Id.ShouldBe(shown.Id);
        var draft = (await Store.FindDraftAsync(ParameterSetKind.Configuration))!;
        ParameterVersionStore.Read(draft).Find("rate.home_care")!.Values[^1].Value.ShouldBe(25m);
        draft.UpdatedBy.ShouldBe("config.one");
    }

    [Fact]
    public async Task ReplaceDraftAsync_NoDraftShownAndNoneThere_StartsOne()
    {
        var started = await Store.ReplaceDraftAsync(Raised(25m), "Imported", "config.one", ShownDraft.None);

        started.Succeeded.ShouldBeTrue();
        (await Store.FindDraftAsync(ParameterSetKind.Configuration))!.CreatedBy.ShouldBe("config.one");
    }

    [Fact]
    public async Task ReplaceDraftAsync_DraftChangedSinceShown_IsRefusedAndKeepsTheChange()
    {
        var shown = (await Store.SaveDraftAsync(Raised(23m), null, "config.one")).Version!;
        await Store.SaveDraftAsync(Raised(24m), null, "config.two", shown.Version);

        var late = await Store.ReplaceDraftAsync(Raised(25m), null, "config.one", ShownDraft.Of(shown));

        late.Errors.ShouldHaveSingleItem().Message.ShouldContain("was changed by config.two meanwhile, so nothing was saved and their draft is kept");
        var draft = (await Store.FindDraftAsync(ParameterSetKind.Configuration))!;
        ParameterVersionStore.Read(draft).Find("rate.home_care")!.Values[^1].Value.ShouldBe(24m);
        draft.UpdatedBy.ShouldBe("config.two");
    }

    [Fact]
    public async Task ReplaceDraftAsync_NoDraftShownButOneStartedSince_IsRefusedAndKeepsIt()
    {
        await Store.SaveDraftAsync(Raised(24m), null, "config.two", ParameterVersionStore.NoDraft);

        var late = await Store.ReplaceDraftAsync(Raised(25m), null, "config.one", ShownDraft.None);

        late.Errors.ShouldHaveSingleItem().Message.ShouldContain("was started by config.two meanwhile");
        var draft = (await Store.FindDraftAsync(ParameterSetKind.Configuration))!;
        ParameterVersionStore.Read(draft).Find("rate.home_care")!.Values[^1].Value.ShouldBe(24m);
        draft.UpdatedBy.ShouldBeNull();
    }

    /// <summary>A new draft counts its versions from the start again, so the shown version alone would match it.</summary>
    [Fact]
    public async Task ReplaceDraftAsync_DraftShownThenDiscardedAndAnotherStartedAtTheSameVersion_IsRefused()
    {
        var shown = (await Store.SaveDraftAsync(Raised(23m), null, "config.one")).Version!;
        (await Store.DiscardDraftAsync(shown.Id, "config.two")).Succeeded.ShouldBeTrue();
        var restarted = (await Store.SaveDraftAsync(Raised(24m), null, "config.two")).Version!;
        restarted.Version.ShouldBe(shown.Version);

        var late = await Store.ReplaceDraftAsync(Raised(25m), null, "config.one", ShownDraft.Of(shown));

        late.Succeeded.ShouldBeFalse();
        ParameterVersionStore.Read((await Store.FindDraftAsync(ParameterSetKind.Configuration))!).Find("rate.home_care")!.Values[^1].Value.ShouldBe(24m);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReplaceDraftAsync_DraftShownThenPublishedOrDiscarded_IsRefusedAndStartsNoDraft(bool published)
    {
        var shown = (await Store.SaveDraftAsync(Raised(23m) with { Version = "2026.2" }, null, "config.one")).Version!;
        (published ? await Store.PublishAsync(shown.Id, April2026, "config.two") : await Store.DiscardDraftAsync(shown.Id, "config.two")).Succeeded.ShouldBeTrue();

        var late = await Store.ReplaceDraftAsync(Raised(25m), null, "config.one", ShownDraft.Of(shown));

        late.Errors.ShouldHaveSingleItem().Message.ShouldContain("published or discarded meanwhile, so nothing was saved");
        (await Store.FindDraftAsync(ParameterSetKind.Configuration)).ShouldBeNull();
    }

    [Fact]
    public async Task SaveDraftAsync_VersionAlreadyPublished_IsRefusedWithANewVersionSuggested()
    {
        var result = await Store.SaveDraftAsync(ShippedConfiguration.Setting("rate.home_care", 23m), null, "config.one");

        result.Errors.ShouldHaveSingleItem().Message.ShouldContain("already published");
        result.Errors[0].Message.ShouldContain("2025.4");
        (await Store.FindDraftAsync(ParameterSetKind.Configuration)).ShouldBeNull();
    }

    [Fact]
    public async Task SaveDraftAsync_InvalidSet_ListsEveryProblemAndSavesNothing()
    {
        var invalid = Raised(-1m) with { Council = ShippedConfiguration.Council! with { Name = " " } };

        var result = await Store.SaveDraftAsync(invalid, null, "config.one");

        result.Errors.Select(e => e.Where).ShouldBe(["council", "rate.home_care"], ignoreOrder: true);
        (await Store.FindDraftAsync(ParameterSetKind.Configuration)).ShouldBeNull();
    }

    [Fact]
    public async Task SaveDraftAsync_CouncilContactTheDetailsScreenWouldRefuse_IsRefusedAsAnImportWouldBe()
    {
        var imported = Raised(23m) with
        {
            Council = ShippedConfiguration.Council! with
            {
                Website = "javascript:alert(1)", Email = "care.demo.example", Name = new string('N', 201),
                Telephone = new string('1', 101), Address = new string('A', 301),
            },
            DifferenceReasons = [.. ShippedConfiguration.DifferenceReasons!, new string('R', 101)],
        };

        var result = await Store.SaveDraftAsync(imported, null, "config.one");

        result.Errors.Select(e => e.Where).ShouldBe(
            ["council.name", "council.telephone", "council.address", "council.email", "council.website", "differenceReasons"], ignoreOrder: true);
        result.Errors.Single(e => e.Where == "council.address").Message.ShouldContain("is 301 characters long; keep it to 300 characters or fewer");
        result.Errors.Single(e => e.Where == "council.website").Message.ShouldContain("starting https://");
        (await Store.FindDraftAsync(ParameterSetKind.Configuration)).ShouldBeNull();
    }

    [Fact]
    public async Task SaveDraftAsync_LetterWordingTheDetailsScreenWouldRefuse_IsRefusedSayingWhatIsWrong()
    {
        var imported = Raised(23m) with
        {
            Council = ShippedConfiguration.Council! with
            {
                FinancialAssessment = new string('F', 1001),
                LetterReasons = new Dictionary<string, string>
                {
                    ["Specialist provider"] = new string('S', 301),
                    ["Unknown reason"] = "A sentence for a reason nobody can choose.",
                    ["Other"] = " ",
                },
            },
        };

        var result = await Store.SaveDraftAsync(imported, null, "config.one");

        result.Errors.Select(e => e.Message).ShouldBe(
        [
            "The paragraph about the financial assessment is 1001 characters long; keep it to 1000 characters or fewer",
            "The letter's sentence for \"Specialist provider\" is 301 characters long; keep it to 300 characters or fewer",
            "gives a letter's sentence for \"Unknown reason\", which is not one of the difference reasons; add the reason or take its sentence out",
            "gives a blank sentence for \"Other\"; write what the letter should say, or take the reason out of the list",
        ], ignoreOrder: true);
        (await Store.FindDraftAsync(ParameterSetKind.Configuration)).ShouldBeNull();
    }

    [Fact]
    public void Read_VersionStoredBeforeTheCouncilContactRules_StillOpens()
    {
        var stored = Raised(23m) with { Council = ShippedConfiguration.Council! with { Website = "www.demo-borough.example" } };
        var version = new ParameterSetVersion { Kind = ParameterSetKind.Configuration, SetId = stored.Id, SetVersion = stored.Version, Json = ParameterSetWriter.ToJson(stored), CreatedBy = "config.one" };

        ParameterVersionStore.Read(version).Council!.Website.ShouldBe("www.demo-borough.example");
    }

    [Fact]
    public async Task PublishAsync_Draft_FixesItWithItsEffectiveDateAndAuditsWhoPublished()
    {
        var draft = (await Store.SaveDraftAsync(Raised(23m), "April uplift", "config.one")).Version!;
        Database.Time.Advance(TimeSpan.FromHours(1));

        var result = await Store.PublishAsync(draft.Id, April2026, "config.two", draft.Version);

        result.Succeeded.ShouldBeTrue();
        var published = (await Store.FindAsync(draft.Id))!;
        published.Status.ShouldBe(ParameterVersionStatus.Published);
        published.EffectiveFrom.ShouldBe(April2026);
        published.PublishedBy.ShouldBe("config.two");
        published.PublishedAt.ShouldBe(Database.Time.Now);
        await using var context = Database.CreateContext();
        var entry = (await context.AuditEntries.Where(e => e.Action == "Council configuration version published").ToListAsync()).ShouldHaveSingleItem();
        entry.UserName.ShouldBe("config.two");
        entry.EntityId.ShouldBe(draft.Id.ToString());
        entry.AfterJson!.ShouldContain("2026-04-01");
    }

    [Fact]
    public async Task PublishAsync_EffectiveDateOfAnotherVersion_IsRefused()
    {
        var draft = (await Store.SaveDraftAsync(Raised(23m), null, "config.one")).Version!;

        var result = await Store.PublishAsync(draft.Id, ParameterVersionStore.ShippedEffectiveFrom, "config.one");

        result.Errors.ShouldHaveSingleItem().Where.ShouldBe("effectiveFrom");
        (await Store.FindAsync(draft.Id))!.Status.ShouldBe(ParameterVersionStatus.Draft);
    }

    [Fact]
    public async Task PublishAsync_AlreadyPublished_IsRefused()
    {
        var draft = (await Store.SaveDraftAsync(Raised(23m), null, "config.one")).Version!;
        await Store.PublishAsync(draft.Id, April2026, "config.one");

        var again = await Store.PublishAsync(draft.Id, April2026.AddDays(1), "config.one");

        again.Errors.ShouldHaveSingleItem().Message.ShouldContain("already published");
        (await Store.FindAsync(draft.Id))!.EffectiveFrom.ShouldBe(April2026);
    }

    [Fact]
    public async Task SaveChanges_PublishedVersionChangedOrDeleted_IsRefused()
    {
        await using var context = Database.CreateContext();
        var published = await context.ParameterSetVersions.FirstAsync(v => v.Status == ParameterVersionStatus.Published);

        published.Note = "Quietly changed";
        Should.Throw<InvalidOperationException>(() => context.SaveChanges()).Message.ShouldContain("permanent record");
        context.ChangeTracker.Clear();
        context.ParameterSetVersions.Remove(published);
        Should.Throw<InvalidOperationException>(() => context.SaveChanges()).Message.ShouldContain("permanent record");
    }

    [Fact]
    public async Task DiscardDraftAsync_DraftAndPublished_RemovesOnlyTheDraft()
    {
        var draft = (await Store.SaveDraftAsync(Raised(23m), null, "config.one")).Version!;
        var shipped = (await Store.ListPublishedAsync())[0];

        (await Store.DiscardDraftAsync(draft.Id, "config.one")).Succeeded.ShouldBeTrue();
        (await Store.DiscardDraftAsync(shipped.Id, "config.one")).Errors.ShouldHaveSingleItem().Message.ShouldContain("kept for ever");

        (await Store.FindAsync(draft.Id)).ShouldBeNull();
        (await Store.FindAsync(shipped.Id)).ShouldNotBeNull();
    }

    [Fact]
    public async Task DiscardDraftAsync_DraftChangedSinceShown_KeepsIt()
    {
        var shown = (await Store.SaveDraftAsync(Raised(23m), null, "config.one")).Version!;
        var changed = (await Store.SaveDraftAsync(Raised(24m), null, "config.two", shown.Version)).Version!;

        var result = await Store.DiscardDraftAsync(shown.Id, "config.one", shown.Version);

        result.Errors.ShouldHaveSingleItem().Message.ShouldContain("changed by someone else");
        (await Store.FindAsync(shown.Id))!.Version.ShouldBe(changed.Version);
        (await Store.DiscardDraftAsync(shown.Id, "config.one", changed.Version)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task SaveDraftAsync_ModelDraft_IsKeptApartFromTheConfigurationDraft()
    {
        var model = DefaultDefinitions.Definition.Model with { Version = "2026.1" };

        await Store.SaveDraftAsync(model, "Calibrated", "config.one");
        await Store.SaveDraftAsync(Raised(23m), null, "config.one");

        (await Store.FindDraftAsync(ParameterSetKind.Model))!.Stamp.ShouldBe(model.Stamp);
        (await Store.ListAsync(ParameterSetKind.Model)).Count.ShouldBe(2);
    }

    private static ParameterSet Raised(decimal rate) => ShippedConfiguration.Setting("rate.home_care", rate, April2026) with { Version = "2026.1" };
}
