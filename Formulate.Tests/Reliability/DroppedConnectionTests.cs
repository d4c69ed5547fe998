using Formulate.Engine.Defaults;
using Formulate.Engine.Json;
using Formulate.Tests.Data.Builders;
using Formulate.Tests.Data.Infrastructure;
using Formulate.Tests.Web.Support;
using Formulate.Web.Profiles;
using Formulate.Web.Security;
using Npgsql;

namespace Formulate.Tests.Reliability;

/// <summary>Runs on a PostgreSQL server of its own, which it stops in the middle of editing.</summary>
public sealed class DroppedConnectionTests(PostgreSqlServer server) : IClassFixture<PostgreSqlServer>, IAsyncLifetime
{
    private const string User = "demo.practitioner";
    private TestDatabase Database { get; } = new(server);
    private Guid _profileId;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        _profileId = await Database.AddDraftProfileAsync(User);
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await Database.DisposeAsync();
    }

    [Fact]
    public async Task AnswerAsync_DatabaseGoesDownMidProfile_KeepsEverySavedAnswerAndSaysThisOneWasNotSaved()
    {
        using var editor = new ProfileEditor(new CaseAccess(Database.Contexts), Database.Profiles, DefaultDefinitions.Definition.Questions, CaseWorkers.Practitioner(userName: User));
        await editor.LoadAsync(_profileId);
        var saved = new Dictionary<string, string>
        {
            ["person.eligibility_decided"] = "yes",
            ["person.age_band"] = "75_84",
            ["person.living_situation"] = "own_home_alone",
        };
        foreach (var (questionId, code) in saved)
        {
            (await editor.AnswerAsync(questionId, code)).Saved.ShouldBeTrue();
        }

        await server.StopAsync();
        AnswerOutcome whileDown;
        try
        {
            whileDown = await editor.AnswerAsync("person.has_unpaid_carer", "no");
        }
        finally
        {
            await server.StartAsync();
        }

        whileDown.Saved.ShouldBeFalse();
        whileDown.Error.ShouldBe(ProfileEditor.UnavailableMessage);
        editor.Profile.ShouldNotBeNull().Answers.ShouldBe(saved, ignoreOrder: true);

        var afterRestart = await SavedAnswersAsync();
        afterRestart.ShouldBe(saved, ignoreOrder: true);
        (await editor.AnswerAsync("person.has_unpaid_carer", "no")).Saved.ShouldBeTrue();
        (await SavedAnswersAsync()).ShouldBe(new Dictionary<string, string>(saved) { ["person.has_unpaid_carer"] = "no" }, ignoreOrder: true);
    }

    [Fact]
    public async Task ReloadAsync_DatabaseGoesDownWhenContinuing_KeepsTheAnswersAndSaysTheyAreSaved()
    {
        using var editor = new ProfileEditor(new CaseAccess(Database.Contexts), Database.Profiles, DefaultDefinitions.Definition.Questions, CaseWorkers.Practitioner(userName: User));
        await editor.LoadAsync(_profileId);
        (await editor.AnswerAsync("person.eligibility_decided", "yes")).Saved.ShouldBeTrue();
        (await editor.AnswerAsync("person.age_band", "75_84")).Saved.ShouldBeTrue();
        var saved = new Dictionary<string, string> { ["person.eligibility_decided"] = "yes", ["person.age_band"] = "75_84" };

        await server.StopAsync();
        string? whileDown;
        try
        {
            whileDown = await editor.ReloadAsync(_profileId);
        }
        finally
        {
            await server.StartAsync();
        }

        whileDown.ShouldBe(ProfileEditor.StepUnavailableMessage);
        whileDown.ShouldStartWith("Sorry, there is a problem with the service.");
        editor.Profile.ShouldNotBeNull().Answers.ShouldBe(saved, ignoreOrder: true);
        (await editor.ReloadAsync(_profileId)).ShouldBeNull();
        editor.Profile.ShouldNotBeNull().Answers.ShouldBe(saved, ignoreOrder: true);
        (await SavedAnswersAsync()).ShouldBe(saved, ignoreOrder: true);
    }

    private async Task<Dictionary<string, string>> SavedAnswersAsync()
    {
        var profile = await Database.Profiles.FindAsync(_profileId);
        return FormulateJson.Deserialize<Dictionary<string, string>>(profile.ShouldNotBeNull().AnswersJson)!;
    }
}
