namespace Formulate.Web.Api;

public static class ApiKeyDefaults
{
    public const string Scheme = "ApiKey";

    public const string HeaderName = "X-Api-Key";

    public const string KeyPrefixClaim = "api_key_prefix";
}
