using System.IO.Compression;
using Formulate.Data;
using Formulate.Data.Seeding;
using Formulate.Tests.Web.Letters.Support;
using Formulate.Tests.Web.Support;
using Formulate.Web.Letters;
using Formulate.Web.Pdf;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Letters;

[Collection(PdfTestGroup.Name)]
public sealed class LetterBatchTests : IClassFixture<FormulateWebFactory>
{
    private static readonly System.Security.Claims.ClaimsPrincipal Practitioner = CaseWorkers.Practitioner(userName: "test.practitioner");

    private readonly FormulateWebFactory _factory;

    public LetterBatchTests(FormulateWebFactory factory) => _factory = factory;

    [Fact]
    public async Task RunAsync_MixedPeople_ProducesAPdfPerPersonAndListsThoseSkipped()
    {
        var services = _factory.Services;
        var ada = await LetterData.AddPersonAsync(services, "Ada");
        await LetterData.AddApprovedEstimateAsync(services, ada.Id, "wc01");
        var ben = await LetterData.AddPersonAsync(services, "Ben");
        await LetterData.AddApprovedEstimateAsync(services, ben.Id, "wc02");
        var cara = await LetterData.AddPersonAsync(services, "Cara", withAddress: false);
        await LetterData.AddApprovedEstimateAsync(services, cara.Id);
        var dev = await LetterData.AddPersonAsync(services, "Dev");
        var eli = await LetterData.AddPersonAsync(services, "Eli");
        await LetterData.AddEstimateAsync(services, eli.Id);
        var reports = new List<LetterBatchProgress>();

        var result = await services.GetRequiredService<LetterBatchRunner>().RunAsync(
            CaseWorkers.Chosen(ada, ben, cara, dev, eli), Practitioner, progress => { reports.Add(progress); return Task.CompletedTask; });

        result.Files.Count.ShouldBe(2);
        result.Skipped.Select(s => s.Reason).ShouldBe(
        [
            "Add an address for Cara Letterby before printing a letter",
            "No budget has been approved for Dev Letterby yet; a letter can be printed once a manager approves it",
            "No budget has been approved for Eli Letterby yet; a letter can be printed once a manager approves it",
        ]);
        reports.Select(r => r.Done).ShouldBe([1, 2, 3, 4, 5]);
        reports[^1].Printed.ShouldBe(2);

        using var zip = new ZipArchive(new MemoryStream(result.Zip));
        zip.Entries.Select(e => e.Name).ShouldBe([$"{ada.CaseReference} Ada Letterby.pdf", $"{ben.CaseReference} Ben Letterby.pdf"]);
        var texts = new List<string>();
        foreach (var entry in zip.Entries)
        {
            await using var stream = entry.Open();
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            texts.Add(PdfTools.Flatten(await PdfTools.TextAsync(copy.ToArray())));
        }

        texts[0].ShouldContain("Ada Letterby");
        texts[0].ShouldContain("£295.82 a week");
        texts[1].ShouldContain("Ben Letterby");
        texts[1].ShouldContain("£703.56 a week");
    }

    [Fact]
    public async Task RunAsync_PersonMovedTeamAfterBeingChosen_LeavesOutTheirLetterSayingWhyAndPrintsTheOthers()
    {
        var services = _factory.Services;
        var gil = await LetterData.AddPersonAsync(services, "Gil");
        await LetterData.AddApprovedEstimateAsync(services, gil.Id);
        var hal = await LetterData.AddPersonAsync(services, "Hal");
        await LetterData.AddApprovedEstimateAsync(services, hal.Id);
        var ivy = await LetterData.AddPersonAsync(services, "Ivy");
        await LetterData.AddApprovedEstimateAsync(services, ivy.Id);
        await using (var context = await services.GetRequiredService<IDbContextFactory<FormulateDbContext>>().CreateDbContextAsync())
        {
            (await context.People.SingleAsync(p => p.Id == hal.Id)).Team = DemoAccounts.SouthTeam;
            await context.SaveChangesAsync();
        }

        var reports = new List<LetterBatchProgress>();
        var result = await services.GetRequiredService<LetterBatchRunner>().RunAsync(
            CaseWorkers.Chosen(gil, hal, ivy), Practitioner, progress => { reports.Add(progress); return Task.CompletedTask; });

        result.Files.ShouldBe([$"{gil.CaseReference} Gil Letterby.pdf", $"{ivy.CaseReference} Ivy Letterby.pdf"]);
        var left = result.Skipped.ShouldHaveSingleItem();
        (left.PersonId, left.Name, left.CaseReference, left.Reason).ShouldBe((hal.Id, "Hal Letterby", hal.CaseReference, LetterBatchRunner.NotInYourTeams));
        reports.Select(r => r.Latest).ShouldBe(["Gil Letterby", "Hal Letterby", "Ivy Letterby"]);
        using var zip = new ZipArchive(new MemoryStream(result.Zip));
        zip.Entries.Select(e => e.Name).ShouldBe(result.Files);
    }

    [Fact]
    public async Task RunAsync_UserNoLongerInTheTeam_LeavesOutEveryoneOfThatTeam()
    {
        var services = _factory.Services;
        var jo = await LetterData.AddPersonAsync(services, "Jo");
        await LetterData.AddApprovedEstimateAsync(services, jo.Id);

        var result = await services.GetRequiredService<LetterBatchRunner>().RunAsync(
            CaseWorkers.Chosen(jo), CaseWorkers.Practitioner(DemoAccounts.SouthTeam, "test.practitioner"));

        result.Files.ShouldBeEmpty();
        result.Skipped.ShouldHaveSingleItem().Reason.ShouldBe(LetterBatchRunner.NotInYourTeams);
    }

    [Fact]
    public async Task RunAsync_PrinterCannotStart_ListsEachPersonAsNotPrintedInsteadOfFailingTheBatch()
    {
        using var broken = _factory.WithWebHostBuilder(builder => builder.UseSetting("Formulate:Pdf:ChromiumPath", "/nonexistent/chromium"));
        var services = broken.Services;
        var person = await LetterData.AddPersonAsync(services, "Fay");
        await LetterData.AddApprovedEstimateAsync(services, person.Id);

        var result = await services.GetRequiredService<LetterBatchRunner>().RunAsync(CaseWorkers.Chosen(person), Practitioner);

        result.Files.ShouldBeEmpty();
        result.Skipped.ShouldHaveSingleItem().Reason.ShouldBe(DocumentPrinter.LetterNotPrinted);
    }

    [Fact]
    public async Task Download_AnotherUsersBatch_IsNotFound()
    {
        var services = _factory.Services;
        var person = await LetterData.AddPersonAsync(services, "Eve");
        var result = await services.GetRequiredService<LetterBatchRunner>().RunAsync(CaseWorkers.Chosen(person), CaseWorkers.Practitioner(userName: "someone.else"));
        using var session = _factory.NewSession();
        await session.SignInAsync(await _factory.AddAsync(), TestAccounts.Password);

        var response = await session.Client.GetAsync($"/letters/batches/{result.BatchId}.zip");

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        result.Skipped.Single().Reason.ShouldBe("No budget has been approved for Eve Letterby yet; a letter can be printed once a manager approves it");
    }
}
