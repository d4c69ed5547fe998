using System.Security.Claims;
using Formulate.Web.Security;
using Microsoft.AspNetCore.Components.Authorization;

namespace Formulate.Web;

/// <summary>The signed-in user's name, recorded against every change they make.</summary>
public sealed class CurrentUser(AuthenticationStateProvider authenticationState)
{
    public async Task<string> NameAsync()
    {
        var state = await authenticationState.GetAuthenticationStateAsync();
        return state.User.Identity?.Name is { Length: > 0 } name
            ? name
            : throw new InvalidOperationException("Changes can only be made by a signed-in user.");
    }

    public async Task<ClaimsPrincipal> PrincipalAsync() => (await authenticationState.GetAuthenticationStateAsync()).User;

    /// <summary>The teams whose people the signed-in user may see and work on.</summary>
    public async Task<IReadOnlySet<string>> TeamsAsync() => TeamAccess.TeamsOf(await PrincipalAsync());

    public async Task<bool> MaySeeTeamAsync(string team) => TeamAccess.Allows(await PrincipalAsync(), team);
}
