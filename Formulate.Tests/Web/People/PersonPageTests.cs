using Formulate.Tests.Web.Letters.Support;
using Formulate.Tests.Web.Support;

namespace Formulate.Tests.Web.People;

public sealed class PersonPageTests(FormulateWebFactory factory) : IClassFixture<FormulateWebFactory>
{
    [Fact]
    public async Task Details_PersonWithoutAddress_SaysNoneIsRecordedRatherThanLeavingItBlank()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Nell", withAddress: false);
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        var page = await session.GetPageAsync($"/people/{person.Id}");

        var address = page.Document.QuerySelectorAll(".govuk-summary-list__row")
            .Single(row => row.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim() == "Address");
        address.QuerySelector(".govuk-summary-list__value")!.TextContent.Trim().ShouldBe("No address recorded, so no letter can be printed");
    }
}
