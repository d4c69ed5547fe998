using System.Net;
using System.Text;
using Formulate.Data.Seeding;
using Formulate.Tests.Web.Support;
using Formulate.Web.Api;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Authorization;

/// <summary>
/// Every page and endpoint the app maps, found through its <see cref="EndpointDataSource"/>,
/// called by every role, by an API client and by an anonymous visitor, against the rule below.
/// </summary>
public sealed class AuthorisationMatrixTests(AuthorisationMatrixTests.Fixture fixture) : IClassFixture<AuthorisationMatrixTests.Fixture>
{
    private const string ApiKey = "authorisation-matrix-key-0123456789abcdef";

    private static readonly Caller[] Managers = [Caller.TeamManager];

    /// <summary>
    /// One rule for each endpoint, keyed "METHOD /route" exactly as the route is mapped. A new page
    /// or endpoint needs a rule here before the test passes.
    /// </summary>
    private static readonly Dictionary<string, Access> Rules = new(StringComparer.Ordinal)
    {
        ["GET /"] = Access.SignedIn,
        ["GET /sign-in"] = Access.Anyone,
        ["GET /sign-in/sso"] = Access.Anyone,
        ["POST /sign-out"] = Access.Anyone,
        ["POST /session/keep-alive"] = Access.SignedIn,
        ["GET /error"] = Access.Anyone,
        ["* /health"] = Access.Anyone,
        ["* /health/live"] = Access.Anyone,
        ["* /health/ready"] = Access.Anyone,
        ["GET /openapi/{documentName}.json"] = Access.Anyone,
        ["GET /not-found"] = Access.SignedIn,
        ["GET /forbidden"] = Access.SignedIn,
        ["GET /method"] = Access.SignedIn,
        ["GET /method.pdf"] = Access.SignedIn,
        ["GET /caseload"] = Access.Roles(Caller.Practitioner, Caller.TeamManager),
        ["GET /worktray"] = Access.Roles(Caller.Practitioner, Caller.TeamManager),
        ["GET /people/new"] = Access.Roles(Caller.Practitioner, Caller.TeamManager),
        ["GET /people/{PersonId:guid}"] = Access.Roles(Caller.Practitioner, Caller.TeamManager),
        ["GET /people/{PersonId:guid}/change-details"] = Access.Roles(Caller.Practitioner, Caller.TeamManager),
        ["GET /people/{PersonId:guid}/letter"] = Access.Roles(Caller.Practitioner, Caller.TeamManager),
        ["GET /people/{personId:guid}/letter.pdf"] = Access.Roles(Caller.Practitioner, Caller.TeamManager),
        ["GET /letters"] = Access.Roles(Caller.Practitioner, Caller.TeamManager),
        ["GET /letters/batches/{batchId:guid}.zip"] = Access.Roles(Caller.Practitioner, Caller.TeamManager),
        ["GET /profiles/{ProfileId:guid}"] = Access.Roles(Caller.Practitioner, Caller.TeamManager),
        ["GET /profiles/{ProfileId:guid}/sections/{SectionId}"] = Access.Roles(Caller.Practitioner, Caller.TeamManager),
        ["GET /profiles/{ProfileId:guid}/sections/{SectionId}/check"] = Access.Roles(Caller.Practitioner, Caller.TeamManager),
        ["GET /profiles/{ProfileId:guid}/result"] = Access.Roles(Caller.Practitioner, Caller.TeamManager),
        ["GET /profiles/{ProfileId:guid}/submit"] = Access.Roles(Caller.Practitioner, Caller.TeamManager),
        ["GET /profiles/{ProfileId:guid}/new-questions"] = Access.Roles(Caller.Practitioner, Caller.TeamManager),
        ["GET /estimates/{EstimateId:guid}"] = Access.Roles(Caller.Practitioner, Caller.TeamManager),
        ["GET /people/{PersonId:guid}/self-assessment"] = Access.Roles(Caller.Practitioner, Caller.TeamManager),
        ["GET /self-assessments/{Id:guid}"] = Access.Roles(Caller.Practitioner, Caller.TeamManager),
        // Business support may match requests too; they are not among this matrix's callers (see PolicyTests).
        ["GET /self-assessments/requests"] = Access.Roles(Caller.TeamManager),
        ["GET /self-assessments/requests/{Id:guid}"] = Access.Roles(Caller.TeamManager),
        // The public self-assessment: anyone may open its pages; what they show depends on a code, never on signing in.
        ["GET /self-assessment"] = Access.Anyone,
        ["GET /self-assessment/invitation/{Code}"] = Access.Anyone,
        ["GET /self-assessment/questions/{QuestionId}"] = Access.Anyone,
        ["GET /self-assessment/check-answers"] = Access.Anyone,
        ["GET /self-assessment/confirmation"] = Access.Anyone,
        ["GET /self-assessment/paying-for-care"] = Access.Anyone,
        ["GET /self-assessment/saved"] = Access.Anyone,
        ["GET /self-assessment/return"] = Access.Anyone,
        ["GET /self-assessment/return/code"] = Access.Anyone,
        ["GET /self-assessment/privacy"] = Access.Anyone,
        ["GET /self-assessment/request"] = Access.Anyone,
        ["GET /sign-off"] = Access.Roles(Managers),
        ["GET /sign-off/{SubmissionId:guid}"] = Access.Roles(Managers),
        ["GET /api-keys"] = Access.Roles(Caller.ConfigurationManager),
        ["GET /account/password"] = Access.SignedIn,
        ["GET /accounts"] = Access.Roles(Caller.ConfigurationManager),
        ["GET /accounts/new"] = Access.Roles(Caller.ConfigurationManager),
        ["GET /accounts/{Id}"] = Access.Roles(Caller.ConfigurationManager),
        ["GET /configuration"] = Access.Roles(Caller.ConfigurationManager),
        ["GET /configuration/rates"] = Access.Roles(Caller.ConfigurationManager),
        ["GET /configuration/council"] = Access.Roles(Caller.ConfigurationManager),
        ["GET /configuration/{KindSlug}/parameter"] = Access.Roles(Caller.ConfigurationManager),
        ["GET /configuration/uplift"] = Access.Roles(Caller.ConfigurationManager),
        ["GET /configuration/import"] = Access.Roles(Caller.ConfigurationManager),
        ["GET /configuration/benchmarking"] = Access.Roles(Caller.ConfigurationManager),
        ["GET /configuration/benchmarking/export.json"] = Access.Roles(Caller.ConfigurationManager),
        ["GET /configuration/versions/{KindSlug}"] = Access.Roles(Caller.ConfigurationManager),
        ["GET /configuration/versions/{KindSlug}/compare"] = Access.Roles(Caller.ConfigurationManager),
        ["GET /configuration/versions/{KindSlug}/{Id:guid}"] = Access.Roles(Caller.ConfigurationManager),
        ["GET /configuration/versions/{KindSlug}/{Id:guid}/impact"] = Access.Roles(Caller.ConfigurationManager),
        ["GET /configuration/versions/{kind}/{id:guid}/export.json"] = Access.Roles(Caller.ConfigurationManager),
        ["GET /accuracy"] = Access.Roles(Caller.ConfigurationManager),
        ["GET /accuracy/template.csv"] = Access.Roles(Caller.ConfigurationManager),
        ["GET /accuracy/reports/{ReportId:guid}"] = Access.Roles(Caller.ConfigurationManager),
        ["GET /accuracy/review"] = Access.Roles(Caller.ConfigurationManager),
        ["GET /audit"] = Access.Roles(Caller.Auditor),
        ["GET /audit/export.csv"] = Access.Roles(Caller.Auditor),
        ["POST /api/v1/estimates"] = Access.ApiKey,
        ["POST /api/v1/accuracy/reports"] = Access.ApiKey,
        ["POST /api/v1/accuracy/calibrations"] = Access.ApiKey,
        ["GET /api/v1/question-set"] = Access.ApiKey,
        ["GET /_framework/opaque-redirect"] = Access.Framework,
        ["* /_blazor"] = Access.Framework,
        ["* /_blazor/negotiate"] = Access.Framework,
        ["* /_blazor/disconnect/"] = Access.Framework,
        ["* /_blazor/initializers/"] = Access.Framework,
    };

    [Fact]
    public void Endpoints_Every_HasARule()
    {
        var missing = fixture.Endpoints.Where(key => !Rules.ContainsKey(key)).ToList();

        missing.ShouldBeEmpty(
            "These endpoints have no authorisation rule. Add each to Rules in AuthorisationMatrixTests, " +
            "keyed exactly as shown, with who may call it, e.g. [\"GET /reports\"] = Access.Roles(Caller.TeamManager): " +
            string.Join(", ", missing));
    }

    [Fact]
    public void Rules_Every_NamesAMappedEndpoint()
    {
        Rules.Keys.Except(fixture.Endpoints).ShouldBeEmpty("These rules name endpoints the app no longer maps; remove them");
    }

    [Fact]
    public async Task Endpoints_EveryCaller_IsAllowedOrRefusedAsTheRuleSays()
    {
        var wrong = new List<string>();
        foreach (var key in fixture.Endpoints.Where(Rules.ContainsKey).Order(StringComparer.Ordinal))
        {
            var access = Rules[key];
            if (access == Access.Framework)
            {
                continue;
            }

            foreach (var caller in Enum.GetValues<Caller>())
            {
                var outcome = await fixture.CallAsync(caller, key);
                var expected = access.Allowed.Contains(caller) ? Outcome.Allowed
                    : caller is Caller.Anonymous or Caller.ApiClient || key.Contains(" /api/", StringComparison.Ordinal) ? Outcome.Challenged
                    : Outcome.Forbidden;
                if (outcome != expected)
                {
                    wrong.Add($"{key} as {caller}: expected {expected}, got {outcome}");
                }
            }
        }

        wrong.ShouldBeEmpty();
    }

    public enum Outcome
    {
        Allowed,

        /// <summary>Sent to sign in (pages) or answered 401 (API).</summary>
        Challenged,

        /// <summary>Sent to the forbidden page or answered 403.</summary>
        Forbidden,
    }

    public sealed class Fixture : IAsyncLifetime
    {
        private readonly Dictionary<Caller, WebSession> _sessions = [];

        public FormulateWebFactory App { get; } = new(new Dictionary<string, string?> { ["Formulate:Api:ProvisionedKey"] = ApiKey });

        public IReadOnlyList<string> Endpoints { get; private set; } = [];

        public async Task InitializeAsync()
        {
            _sessions[Caller.Anonymous] = App.NewSession();
            var api = App.NewSession();
            api.Client.DefaultRequestHeaders.Add(ApiKeyDefaults.HeaderName, ApiKey);
            _sessions[Caller.ApiClient] = api;
            foreach (var (caller, userName) in new[]
            {
                (Caller.Practitioner, "demo.practitioner"), (Caller.TeamManager, "demo.manager"),
                (Caller.ConfigurationManager, "demo.config"), (Caller.Auditor, "demo.auditor"),
            })
            {
                var session = App.NewSession();
                (await session.SignInAsync(userName, DemoAccounts.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
                _sessions[caller] = session;
            }

            Endpoints = [.. App.Services.GetRequiredService<EndpointDataSource>().Endpoints
                .OfType<RouteEndpoint>()
                .Where(endpoint => endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
                .Where(endpoint => endpoint.RoutePattern.RawText != "{**path:file}")
                .Select(Key)
                .Distinct()];
        }

        public async Task<Outcome> CallAsync(Caller caller, string key)
        {
            var (method, route) = (key[..key.IndexOf(' ', StringComparison.Ordinal)], key[(key.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
            using var request = new HttpRequestMessage(new HttpMethod(method == "*" ? "GET" : method), Fill(route));
            if (method == "POST")
            {
                request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            }

            using var response = await _sessions[caller].Client.SendAsync(request);
            var location = response.Headers.Location is { } target ? (target.IsAbsoluteUri ? target.PathAndQuery : target.OriginalString) : "";
            return response.StatusCode switch
            {
                HttpStatusCode.Unauthorized => Outcome.Challenged,
                // Pages refuse by sending people to /forbidden, which itself answers 403 as it shows its message.
                HttpStatusCode.Forbidden when route.StartsWith("/api/", StringComparison.Ordinal) => Outcome.Forbidden,
                HttpStatusCode.Redirect when location.StartsWith("/forbidden", StringComparison.Ordinal) => Outcome.Forbidden,
                HttpStatusCode.Redirect when location.StartsWith("/sign-in?ReturnUrl=", StringComparison.Ordinal) => Outcome.Challenged,
                _ => Outcome.Allowed,
            };
        }

        public async Task DisposeAsync()
        {
            foreach (var session in _sessions.Values)
            {
                session.Dispose();
            }

            await App.DisposeAsync();
        }

        // Pages answer GET and POST (their forms); the rule is the same for both, so GET stands for the page.
        private static string Key(RouteEndpoint endpoint)
        {
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
            var method = methods.Count == 0 ? "*" : methods.Contains("GET") ? "GET" : methods[0];
            var route = endpoint.RoutePattern.RawText!;
            return $"{method} {(route.StartsWith('/') ? route : "/" + route)}";
        }

        private static string Fill(string route) => System.Text.RegularExpressions.Regex.Replace(route, @"\{([^}:]+)(:[^}]+)?\}", match =>
            match.Groups[2].Value.Contains("guid", StringComparison.Ordinal) ? Guid.Empty.ToString()
            : match.Groups[1].Value == "SectionId" ? "person"
            : match.Groups[1].Value == "documentName" ? "v1"
            : match.Groups[1].Value.Equals("KindSlug", StringComparison.OrdinalIgnoreCase) || match.Groups[1].Value == "kind" ? "configuration"
            : "x");
    }
}
