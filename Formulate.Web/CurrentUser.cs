using System.Security.Claims;
using Formulate.Web.Security;
using Microsoft.AspNetCore.Components.Authorization;

namespace Formulate.Web;

/// <summary>The signed-in user's name, recorded against every change they make.</summary>
public sealed class CurrentUser(AuthenticationStateProvider authenticationState)
{
    public async Task<string> NameAsync() => UserNames.Of(await PrincipalAsync());

    public async Task<ClaimsPrincipal> PrincipalAsync() => (await authenticationState.GetAuthenticationStateAsync()).User;

    /// <summary>The teams whose people the signed-in user may see and work on.</summary>
    public async Task<IReadOnlySet<string>> TeamsAsync() => CaseAccess.TeamsOf(await PrincipalAsync());
}
