namespace Formulate.Tests.Web.Support;

public static class RedirectTarget
{
    /// <summary>Where a redirect goes, as a path and query when it stays on the test server, else in full.</summary>
    public static string LocalTarget(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var location = response.Headers.Location ?? throw new InvalidOperationException($"Not a redirect: {response.StatusCode}");
        if (!location.IsAbsoluteUri)
        {
            return location.OriginalString;
        }

        return location.Host == "localhost" ? location.PathAndQuery : location.OriginalString;
    }
}
