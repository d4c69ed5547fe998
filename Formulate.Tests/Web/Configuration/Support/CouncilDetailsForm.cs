using Formulate.Data.Entities;
using Formulate.Data.Parameters;
using Formulate.Engine.Parameters;
using Formulate.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Configuration.Support;

/// <summary>The council details page, opened by the configuration manager on an app of its own, and the draft it saves to.</summary>
internal sealed class CouncilDetailsForm : IDisposable
{
    private const string FormSelector = "form:has(#CouncilName)";

    private CouncilDetailsForm(FormulateWebFactory factory, WebSession session, HtmlPage page) =>
        (Factory, Session, Page) = (factory, session, page);

    public FormulateWebFactory Factory { get; }

    public WebSession Session { get; }

    /// <summary>The page as first opened; its form is the one every save posts.</summary>
    public HtmlPage Page { get; }

    public static async Task<CouncilDetailsForm> OpenAsync()
    {
        var factory = new FormulateWebFactory();
        var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        return new CouncilDetailsForm(factory, session, await session.GetPageAsync("/configuration/council"));
    }

    public Task<HttpResponseMessage> SaveAsync(IReadOnlyDictionary<string, string> fields, HtmlPage? from = null) =>
        Session.SubmitAsync(from ?? Page, FormSelector, fields);

    public Task<HttpResponseMessage> SaveWithLogoAsync(IReadOnlyDictionary<string, string> fields, string fileName, byte[] logo) =>
        Session.SubmitWithFileAsync(Page, FormSelector, fields, "Logo", fileName, logo);

    /// <summary>The page a refused save answers with, its errors shown.</summary>
    public async Task<HtmlPage> RefusedAsync(Task<HttpResponseMessage> save) => await HtmlPage.ReadAsync(await save, Page.Url);

    public Task<ParameterSetVersion?> DraftAsync() =>
        Factory.Services.GetRequiredService<ParameterVersionStore>().FindDraftAsync(ParameterSetKind.Configuration);

    public async Task<CouncilDetails> DraftCouncilAsync() =>
        ParameterVersionStore.Read((await DraftAsync()).ShouldNotBeNull()).Council.ShouldNotBeNull();

    public void Dispose()
    {
        Session.Dispose();
        Factory.Dispose();
    }
}
