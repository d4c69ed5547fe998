using Formulate.Data.Seeding;
using System.Net;
using Formulate.Data.Profiles;
using Formulate.Engine;
using Formulate.Engine.Json;
using Formulate.Tests.Engine;
using Formulate.Tests.Reliability.Support;
using Formulate.Tests.Web.Api;
using Formulate.Tests.Web.Support;
using Formulate.Web.People;
using Formulate.Web.Profiles;
using Formulate.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Reliability;

public sealed class PersonalDataInLogsTests : IDisposable
{
    private const string GivenName = "Philippa";
    private const string FamilyName = "Quennell-Ashworth";
    private const string AddressLine = "17 Larkspur Mews";
    private const string Town = "Wychbold Parva";
    private const string Postcode = "WR9 7QZ";
    private const string CaseReference = "CMS-PII-880417";

    private readonly CapturedLogs _logs = new();
    private readonly FormulateWebFactory _factory;

    public PersonalDataInLogsTests() => _factory = LoggedWebApp.Create(_logs);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Logs_PractitionerWorksOnAPersonThroughEveryKindOfRequest_HoldNoNameAddressOrAnswers()
    {
        var services = _factory.Services;
        var added = await services.GetRequiredService<PeopleService>().AddAsync(new NewPerson
        {
            CaseReference = CaseReference,
            GivenName = GivenName,
            FamilyName = FamilyName,
            AddressLine1 = AddressLine,
            Town = Town,
            Postcode = Postcode,
            Team = DemoAccounts.NorthTeam,
        }, CaseWorkers.Practitioner());
        var personId = added.PersonId.ShouldNotBeNull();
        var engine = services.GetRequiredService<FormulateEngine>();
        var answers = new ProfileBuilder()
            .With("person.living_situation", "own_home_alone").With("person.has_unpaid_carer", "no")
            .Need("hygiene", "most").Need("dressing", "some").Need("nutrition", "prompting")
            .Build().Answers;
        var store = services.GetRequiredService<NeedsProfileStore>();
        var profile = await store.CreateAsync(personId, new DateOnly(2026, 11, 22), engine.Definition.Questions.Version, "demo.practitioner");
        using (var editor = new ProfileEditor(services.GetRequiredService<CaseAccess>(), store, engine.Definition.Questions, CaseWorkers.Practitioner()))
        {
            await editor.LoadAsync(profile.Id);
            foreach (var (questionId, code) in answers.Take(12))
            {
                (await editor.AnswerAsync(questionId, code)).Saved.ShouldBeTrue();
            }
        }

        var rest = answers.Skip(12).ToDictionary(pair => pair.Key, pair => (string?)pair.Value);
        var current = (await store.FindAsync(profile.Id)).ShouldNotBeNull();
        (await store.SaveAnswersAsync(profile.Id, rest, current.Version, "demo.practitioner")).IsSaved.ShouldBeTrue();

        using var session = _factory.NewSession();
        (await session.SignInAsync("demo.practitioner")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        foreach (var page in new[]
        {
            "/caseload", $"/people/{personId}", $"/profiles/{profile.Id}", $"/profiles/{profile.Id}/sections/person",
            $"/profiles/{profile.Id}/result", $"/people/{personId}/letter", $"/people/{personId}/letter.pdf", "/no-such-page",
        })
        {
            (await session.Client.GetAsync(page)).StatusCode.ShouldNotBe(HttpStatusCode.InternalServerError, page);
        }

        using var api = _factory.CreateClient();
        api.DefaultRequestHeaders.Add("X-Api-Key", ApiFixture.ProvisionedKey);
        var profileJson = FormulateJson.Serialize(new Formulate.Engine.Profiles.NeedsProfile
        {
            AssessmentDate = new DateOnly(2026, 11, 22),
            QuestionSetVersion = engine.Definition.Questions.Version,
            Answers = answers,
        });
        (await api.PostAsync("/api/v1/estimates", ApiFixture.Json(profileJson))).StatusCode.ShouldBe(HttpStatusCode.OK);
        // Personal data sent where it does not belong: as an answer, and inside JSON that cannot be read.
        (await api.PostAsync("/api/v1/estimates", ApiFixture.Json(
            $$$"""{"assessmentDate":"2026-11-22","answers":{"person.age_band":"{{{GivenName}}} {{{FamilyName}}}, {{{AddressLine}}}"}}""")))
            .StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await api.PostAsync("/api/v1/estimates", ApiFixture.Json("{\"answers\": {\"" + FamilyName + "\": " + Postcode + " }"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var logged = _logs.AllText;
        logged.ShouldContain("CorrelationId=", customMessage: "the capture saw the requests' log lines");
        logged.ShouldContain("Sign-in by demo.practitioner", customMessage: "the capture saw the app's own log lines");
        logged.ShouldContain("Microsoft.EntityFrameworkCore.Database.Command", customMessage: "the capture saw the database commands");
        foreach (var personal in new[] { GivenName, FamilyName, AddressLine, Town, Postcode, CaseReference })
        {
            logged.ShouldNotContain(personal, Case.Insensitive);
        }

        foreach (var (questionId, code) in answers)
        {
            logged.ShouldNotContain($"\"{questionId}\":\"{code}\"");
            logged.ShouldNotContain($"{questionId}={code}");
        }
    }
}
