using Formulate.Data.Parameters;
using Formulate.Engine.Parameters;
using Formulate.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Configuration;

public sealed class CouncilDetailsPageTests
{
    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("mailto:care@example.gov.uk")]
    [InlineData("file:///etc/passwd")]
    public async Task Save_WebsiteNotAWebAddress_AsksForOneAndSavesNothing(string website)
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        var form = await session.GetPageAsync("/configuration/council");

        var page = await HtmlPage.ReadAsync(await session.SubmitAsync(form, "form:has(#CouncilName)", new Dictionary<string, string>
        {
            ["CouncilName"] = "Demo Borough Council",
            ["Website"] = website,
            ["Reasons"] = "Needs not captured",
        }), form.Url);

        page.ErrorSummary.ShouldBe(["Enter the website's full address, starting https://"]);
        (await factory.Services.GetRequiredService<ParameterVersionStore>().FindDraftAsync(ParameterSetKind.Configuration)).ShouldBeNull();
    }
}
