using System.Security.Claims;
using Bunit;
using Formulate.Data.Entities;
using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Layout;
using Formulate.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Components;

/// <summary>The menu by role, with the app's own policies: each role sees the links its work needs, and no others.</summary>
public sealed class StaffNavigationTests : StaffComponentTest
{
    private const string Worktray = "Worktray";

    private static readonly string[] Everyone = ["How budgets are worked out"];

    public StaffNavigationTests()
    {
        // The app's own policies and the real authorization service, in place of bUnit's stand-in.
        Context.Services.AddAuthorizationCore(Policies.Add);
        Context.Services.AddSingleton<IAuthorizationPolicyProvider, DefaultAuthorizationPolicyProvider>();
        Context.Services.AddSingleton<IAuthorizationService, DefaultAuthorizationService>();
        // The worktray link counts returned submissions from the database; its own markup is what the menu shows.
        Context.ComponentFactories.AddStub<WorktrayNavigation>(builder => builder.AddMarkupContent(0, $"<a id=\"worktray-link\" href=\"/worktray\">{Worktray}</a>"));
    }

    public static TheoryData<Role, string[]> LinksByRole => new()
    {
        { Role.Practitioner, [Worktray, "Caseload", "Add a person", "Letters", .. Everyone] },
        { Role.TeamManager, [Worktray, "Caseload", "Add a person", "Budgets to sign off", "Letters", "Self-assessment requests", .. Everyone] },
        { Role.BusinessSupport, ["Letters", "Self-assessment requests", .. Everyone] },
        { Role.ConfigurationManager, ["Configuration", "Rates and decisions", "Council details", "Accounts", "API keys", "Accuracy and calibration", "Yearly performance review", "Benchmarking", .. Everyone] },
        { Role.Analyst, ["Accuracy and calibration", "Yearly performance review", "Benchmarking", .. Everyone] },
        { Role.Auditor, ["Audit log", .. Everyone] },
    };

    [Theory]
    [MemberData(nameof(LinksByRole))]
    public void Render_Role_ShowsItsLinksOnly(Role role, string[] expected)
    {
        var menu = RenderFor(role);

        menu.FindAll("nav[aria-label=Menu] a").Select(link => link.TextContent.Trim()).ShouldBe(expected);
    }

    [Fact]
    public void Render_Practitioner_WorktrayFirstWithTheIdTestsAndScriptsUse()
    {
        var menu = RenderFor(Role.Practitioner);

        menu.Find("nav[aria-label=Menu] a").Id.ShouldBe("worktray-link");
    }

    [Fact]
    public void Render_Groups_EachAHeadedSectionLabelledByItsHeading()
    {
        var menu = RenderFor(Role.TeamManager);

        var groups = menu.FindAll("nav[aria-label=Menu] section");
        groups.Select(group => menu.Find($"#{group.GetAttribute("aria-labelledby")}").TextContent)
            .ShouldBe(["Casework", "Sign-off", "Letters and requests", "Help"]);
        groups.ShouldAllBe(group => group.QuerySelector("h2") != null);
    }

    [Fact]
    public void Render_SignedOut_OnlyTheMethod()
    {
        var menu = Render(new ClaimsPrincipal(new ClaimsIdentity()));

        menu.FindAll("nav[aria-label=Menu] a").Select(link => link.TextContent.Trim()).ShouldBe(Everyone);
    }

    private IRenderedComponent<CascadingAuthenticationState> RenderFor(Role role) =>
        Render(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "someone"), new Claim(ClaimTypes.Role, role.ToString())], "Test", ClaimTypes.Name, ClaimTypes.Role)));

    private IRenderedComponent<CascadingAuthenticationState> Render(ClaimsPrincipal user)
    {
        Context.Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationState(user));
        return Context.Render<CascadingAuthenticationState>(parameters => parameters.AddChildContent<StaffNavigation>());
    }

    private sealed class FixedAuthenticationState(ClaimsPrincipal user) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
    }
}
