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
}
