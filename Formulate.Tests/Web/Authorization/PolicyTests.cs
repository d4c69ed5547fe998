using System.Security.Claims;
using Formulate.Data.Entities;
using Formulate.Tests.Web.Support;
using Formulate.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Authorization;

public sealed class PolicyTests(FormulateWebFactory factory) : IClassFixture<FormulateWebFactory>
{
    [Theory]
    [InlineData(Policies.Practitioner, Role.Practitioner, true)]
    [InlineData(Policies.Practitioner, Role.TeamManager, true)]
    [InlineData(Policies.Practitioner, Role.Auditor, false)]
    [InlineData(Policies.Practitioner, Role.ConfigurationManager, false)]
    [InlineData(Policies.Manager, Role.TeamManager, true)]
    [InlineData(Policies.Manager, Role.Practitioner, false)]
    [InlineData(Policies.Configuration, Role.ConfigurationManager, true)]
    [InlineData(Policies.Configuration, Role.TeamManager, false)]
    [InlineData(Policies.Auditor, Role.Auditor, true)]
    [InlineData(Policies.Auditor, Role.Practitioner, false)]
    [InlineData(Policies.Practitioner, Role.BusinessSupport, false)]
    [InlineData(Policies.Practitioner, Role.Analyst, false)]
    [InlineData(Policies.Manager, Role.BusinessSupport, false)]
    [InlineData(Policies.Configuration, Role.Analyst, false)]
    [InlineData(Policies.Configuration, Role.BusinessSupport, false)]
    [InlineData(Policies.Letters, Role.BusinessSupport, true)]
    [InlineData(Policies.Letters, Role.Practitioner, true)]
    [InlineData(Policies.Letters, Role.TeamManager, true)]
    [InlineData(Policies.Letters, Role.Analyst, false)]
    [InlineData(Policies.Letters, Role.ConfigurationManager, false)]
    [InlineData(Policies.Letters, Role.Auditor, false)]
    [InlineData(Policies.SelfAssessmentRequests, Role.TeamManager, true)]
    [InlineData(Policies.SelfAssessmentRequests, Role.BusinessSupport, true)]
    [InlineData(Policies.SelfAssessmentRequests, Role.Practitioner, false)]
    [InlineData(Policies.SelfAssessmentRequests, Role.Auditor, false)]
    [InlineData(Policies.SelfAssessmentRequests, Role.ConfigurationManager, false)]
    [InlineData(Policies.SelfAssessmentRequests, Role.Analyst, false)]
    [InlineData(Policies.Analysis, Role.Analyst, true)]
    [InlineData(Policies.Analysis, Role.ConfigurationManager, true)]
    [InlineData(Policies.Analysis, Role.BusinessSupport, false)]
    [InlineData(Policies.Analysis, Role.Practitioner, false)]
    [InlineData(Policies.Analysis, Role.Auditor, false)]
    public async Task Policy_Role_AllowsOnlyItsRoles(string policy, Role role, bool allowed)
    {
        var account = new UserAccount { UserName = "someone", DisplayName = "Someone" };
        account.Roles.Add(new UserRole { UserAccountId = account.Id, Role = role });
        var authorization = factory.Services.GetRequiredService<IAuthorizationService>();

        var result = await authorization.AuthorizeAsync(AccountPrincipal.Create(account), policy);

        result.Succeeded.ShouldBe(allowed);
    }

    [Fact]
    public async Task FallbackPolicy_Anonymous_IsRefused()
    {
        var authorization = factory.Services.GetRequiredService<IAuthorizationService>();
        var options = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AuthorizationOptions>>().Value;

        var result = await authorization.AuthorizeAsync(new ClaimsPrincipal(new ClaimsIdentity()), options.FallbackPolicy!);

        result.Succeeded.ShouldBeFalse();
    }
}
