using Formulate.Tests.Web.Support;

namespace Formulate.Tests.Web.SignOff;

public sealed class NotFoundTitleTests(FormulateWebFactory factory) : IClassFixture<FormulateWebFactory>
{
    [Theory]
    [InlineData("demo.manager", "/sign-off/{0}", "Submission not found")]
    [InlineData("demo.practitioner", "/profiles/{0}/submit", "Needs Profile not found")]
    [InlineData("demo.practitioner", "/people/{0}/letter", "Person not found")]
    [InlineData("demo.practitioner", "/people/{0}", "Person not found")]
    [InlineData("demo.practitioner", "/people/{0}/change-details", "Person not found")]
    [InlineData("demo.practitioner", "/profiles/{0}", "Needs Profile not found")]
    [InlineData("demo.practitioner", "/profiles/{0}/result", "Needs Profile not found")]
    [InlineData("demo.practitioner", "/profiles/{0}/sections/person", "Page not found")]
    [InlineData("demo.practitioner", "/profiles/{0}/sections/person/check", "Page not found")]
    public async Task Page_NothingWithThatId_IsTitledAsNotFoundAsItsHeadingSays(string userName, string path, string heading)
    {
        using var session = factory.NewSession();
        await session.SignInAsync(userName);

        var page = await session.GetPageAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, Guid.NewGuid()));

        page.Heading.ShouldBe(heading);
        page.Document.Title.ShouldBe($"{heading} - Formulate");
    }
}
