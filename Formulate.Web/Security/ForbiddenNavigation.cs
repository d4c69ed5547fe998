using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Security;

public static class ForbiddenNavigation
{
    /// <summary>
    /// Leaves for the forbidden page. It is drawn on the server only, where it answers 403, so a move inside the open app
    /// must load it in full: left to the page's own router, it would be drawn empty.
    /// </summary>
    public static void ToForbiddenPage(this NavigationManager navigation)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        navigation.NavigateTo(CookieScheme.ForbiddenPath, forceLoad: true);
    }
}
