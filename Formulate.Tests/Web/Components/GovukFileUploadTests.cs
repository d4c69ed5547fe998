using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Govuk;

namespace Formulate.Tests.Web.Components;

public class GovukFileUploadTests
{
    [Fact]
    public async Task Render_LabelAndName_MatchesDefaultFixture()
    {
        var html = await Render.HtmlAsync<GovukFileUpload>(
            (nameof(GovukFileUpload.Label), "Upload a file"),
            (nameof(GovukFileUpload.Name), "file-upload-1"));

        html.ShouldMatch(GovukFixture.Load("file-upload", "default"));
    }

    [Fact]
    public async Task Render_WithErrorAndHint_DescribedByHintThenError()
    {
        var fixture = GovukFixture.Load("file-upload", "with error message and hint");

        var html = await Render.HtmlAsync<GovukFileUpload>(
            (nameof(GovukFileUpload.Id), "file-upload-3"),
            (nameof(GovukFileUpload.Name), "file-upload-3"),
            (nameof(GovukFileUpload.Label), "Upload a file"),
            (nameof(GovukFileUpload.Hint), fixture.Option("hint", "text")),
            (nameof(GovukFileUpload.ErrorMessage), fixture.Option("errorMessage", "text")));

        html.ShouldMatch(fixture);
    }
}
