using System.Text.RegularExpressions;

namespace Formulate.Web.Security.Sso;

/// <summary>How a refusal reads in the sign-in page's address: <c>?ssoFailed=wrong-tenant</c>.</summary>
public static partial class SsoRefusals
{
    public static string QueryValue(SsoRefusal refusal) => Words().Replace(refusal.ToString(), "$1-$2").ToLowerInvariant();

    public static SsoRefusal? FromQuery(string? value) =>
        string.IsNullOrEmpty(value) ? null : Enum.GetValues<SsoRefusal>().Cast<SsoRefusal?>().FirstOrDefault(r => QueryValue(r!.Value) == value) ?? SsoRefusal.Failed;

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex Words();
}
