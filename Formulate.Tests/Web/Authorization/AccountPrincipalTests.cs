using System.Security.Claims;
using Formulate.Data.Entities;
using Formulate.Web.Security;

namespace Formulate.Tests.Web.Authorization;

public sealed class AccountPrincipalTests
{
    [Fact]
    public void Create_Account_CarriesNameDisplayNameTeamAndRoleNames()
    {
        var account = new UserAccount { UserName = "a.person", DisplayName = "A Person", Team = "North Locality Team" };
        account.Roles.Add(new UserRole { UserAccountId = account.Id, Role = Role.TeamManager });
        account.Roles.Add(new UserRole { UserAccountId = account.Id, Role = Role.ConfigurationManager });

        var principal = AccountPrincipal.Create(account);

        principal.Identity!.Name.ShouldBe("a.person");
        principal.FindFirstValue(FormulateClaimTypes.DisplayName).ShouldBe("A Person");
        principal.FindFirstValue(FormulateClaimTypes.Team).ShouldBe("North Locality Team");
        principal.FindAll(ClaimTypes.Role).Select(claim => claim.Value).ShouldBe(["TeamManager", "ConfigurationManager"]);
        principal.IsInRole("TeamManager").ShouldBeTrue();
    }

    [Theory]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("/people/1?tab=profile", "/people/1?tab=profile")]
    [InlineData("https://evil.example", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("/sign-in?ReturnUrl=%2F", "/")]
    [InlineData("/sign-out", "/")]
    public void OrHome_ReturnUrl_StaysOnSite(string? returnUrl, string expected)
    {
        LocalUrl.OrHome(returnUrl).ShouldBe(expected);
    }
}
