using Microsoft.AspNetCore.StaticAssets;

namespace Formulate.Web.Security;

/// <summary>
/// Every response but a static file may carry personal data (a page with a person's details, a letter, a batch of
/// letters, a problem naming a person), so none of them is stored by a browser or proxy cache: a shared computer or
/// an office proxy must not keep a copy. Deciding by what is static, rather than listing the responses that hold
/// personal data, means a new page or download is covered without anyone remembering to cover it.
/// </summary>
internal static class NotCached
{
    public static void Apply(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null)
        {
            return;
        }

        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers.Pragma = "no-cache";
    }
}
