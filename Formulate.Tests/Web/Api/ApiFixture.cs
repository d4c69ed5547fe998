using System.Net.Http.Headers;
using System.Text;
using Formulate.Engine.Json;
using Formulate.Engine.Profiles;
using Formulate.Tests.Web.Support;
using Formulate.Web.Api;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Api;

/// <summary>The app with a provisioned key, and a key created through the store, shared by the API tests.</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public const string ProvisionedKey = "provisioned-key-for-tests-0123456789abcdef";

    public FormulateWebFactory Factory { get; } = new(new Dictionary<string, string?>
    {
        ["Formulate:Api:ProvisionedKey"] = ProvisionedKey,
    });

    public string IssuedKey { get; private set; } = "";

    public async Task InitializeAsync() =>
        IssuedKey = (await Factory.Services.GetRequiredService<ApiKeyStore>().CreateAsync("Case management system", "tests")).Key;

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public HttpClient Client(string? key = null)
    {
        var client = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = false,
        });
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add(ApiKeyDefaults.HeaderName, key);
        }

        return client;
    }

    public static HttpContent Json(NeedsProfile profile) => Json(FormulateJson.Serialize(profile));

    public static HttpContent Json(string json)
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
