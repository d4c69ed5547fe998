namespace Formulate.Web.Security;

/// <summary>Keeps return addresses on this site, so a crafted sign-in link cannot send someone elsewhere.</summary>
public static class LocalUrl
{
    public static string OrHome(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/')
        {
            return "/";
        }

        // "//host" and "/\host" are read by browsers as another site.
        if (url.Length > 1 && (url[1] == '/' || url[1] == '\\'))
        {
            return "/";
        }

        if (url.Any(char.IsControl))
        {
            return "/";
        }

        var path = url.Split('?', '#')[0];
        return path.Equals(CookieScheme.SignInPath, StringComparison.OrdinalIgnoreCase)
            || path.Equals(CookieScheme.SignOutPath, StringComparison.OrdinalIgnoreCase)
            ? "/"
            : url;
    }
}
