using System.Net.Http.Headers;
using System.Text;
using Formulate.Analysis.Accuracy;
using Formulate.Tests.Accuracy;
using Formulate.Tests.Web.Api;
using Formulate.Tests.Web.Support;
using Formulate.Web.Api;

namespace Formulate.Tests.Web.Accuracy;

/// <summary>The app with a provisioned API key and a small sample-size limit, and one valid sample file.</summary>
public sealed class AccuracyApiFixture : IDisposable
{
    public const int MaxSampleBytes = 400_000;

    public FormulateWebFactory Factory { get; } = new(new Dictionary<string, string?>
    {
        ["Formulate:Api:ProvisionedKey"] = ApiFixture.ProvisionedKey,
        ["Formulate:Accuracy:MaxSampleBytes"] = MaxSampleBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public string ValidCsv { get; } = SyntheticSample.ToCsv(SyntheticSample.Generate(SampleFormat.MinRows, 11));

    public HttpClient Client()
    {
        var client = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add(ApiKeyDefaults.HeaderName, ApiFixture.ProvisionedKey);
        return client;
    }

    public static HttpContent Csv(string text) => Csv(Encoding.UTF8.GetBytes(text));

    public static HttpContent Csv(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }

    public void Dispose() => Factory.Dispose();
}
