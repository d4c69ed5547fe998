using System.Net;
using Formulate.Tests.Web.Letters.Support;
using Formulate.Tests.Web.Support;

namespace Formulate.Tests.Web.Security;

public sealed class CachingTests(FormulateWebFactory factory) : IClassFixture<FormulateWebFactory>
{
    private async Task<WebSession> PractitionerAsync()
    {
        var session = factory.NewSession();
        await session.SignInAsync(await factory.AddAsync(), TestAccounts.Password);
        return session;
    }

    // Without an address the letter address answers with the person's name rather than a PDF (which needs Chromium);
    // either way the answer names someone.
    [Fact]
    public async Task LetterPdf_AnswerNamingThePerson_IsNotStoredByAnyCache()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Cara", withAddress: false);
        await LetterData.AddEstimateAsync(factory.Services, person.Id);
        using var session = await PractitionerAsync();

        var response = await session.Client.GetAsync($"/people/{person.Id}/letter.pdf");

        (await response.Content.ReadAsStringAsync()).ShouldContain("Cara Letterby");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        response.Headers.Pragma.ToString().ShouldBe("no-cache");
    }

    [Fact]
    public async Task PersonPage_SignedIn_IsNotStoredByAnyCache()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Dara");
        using var session = await PractitionerAsync();

        var page = await session.GetPageAsync($"/people/{person.Id}");

        page.Heading!.ShouldContain("Dara Letterby");
        page.Response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        page.Response.Headers.CacheControl.Public.ShouldBeFalse();
        page.Response.Headers.Pragma.ToString().ShouldBe("no-cache");
    }

    [Fact]
    public async Task Api_AnyAnswer_IsNotStoredByAnyCache()
    {
        using var session = factory.NewSession();

        var response = await session.Client.GetAsync("/api/v1/question-set");

        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }

    [Fact]
    public async Task StaticFile_Stylesheet_MayStillBeCached()
    {
        using var session = factory.NewSession();

        var response = await session.Client.GetAsync("/css/formulate.css");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (response.Headers.CacheControl?.NoStore ?? false).ShouldBeFalse();
    }
}
