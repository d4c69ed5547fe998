using System.IO.Compression;
using Formulate.Web.Pdf;
using Formulate.Web.People;

namespace Formulate.Web.Letters;

/// <summary>Writes letters for several people in one run: a PDF each, into one zip; anyone who cannot be written to is listed with the reason.</summary>
public sealed class LetterBatchRunner(PeopleService people, LetterService letters, DocumentPrinter printer, LetterBatchStore store, TimeProvider time)
{
    public const string NotInYourTeams =
        "Left out: they are no longer in a team you work in, so you cannot print their letter. If they moved team, someone in their new team can print it";

    /// <param name="teams">
    /// The teams whose people the user may write to, as they are when printing starts: each person's team is checked again as
    /// their letter is printed, since they may have moved team after the list they were chosen from was shown.
    /// </param>
    public async Task<LetterBatchResult> RunAsync(
        IReadOnlyList<Guid> personIds, string requestedBy, IReadOnlySet<string> teams,
        Func<LetterBatchProgress, Task>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        ArgumentException.ThrowIfNullOrWhiteSpace(requestedBy);
        ArgumentNullException.ThrowIfNull(teams);
        var files = new List<string>();
        var skipped = new List<SkippedPerson>();
        using var zipStream = new MemoryStream();
        using (var zip = new ZipArchive(zipStream, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < personIds.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var outsideTeams = await OutsideTeamsAsync(personIds[i], teams, cancellationToken);
                var outcome = outsideTeams is null ? await letters.ComposeAsync(personIds[i], cancellationToken: cancellationToken) : null;
                if (outsideTeams is not null)
                {
                    skipped.Add(outsideTeams);
                }
                else if (outcome is null)
                {
                    skipped.Add(new SkippedPerson(personIds[i], "Unknown person", "", "This person is no longer on the caseload"));
                }
                else if (outcome.Letter is null)
                {
                    skipped.Add(new SkippedPerson(personIds[i], outcome.PersonName, outcome.CaseReference, outcome.Problem!));
                }
                else if (await printer.TryLetterAsync(outcome.Letter, cancellationToken) is not { } pdf)
                {
                    skipped.Add(new SkippedPerson(personIds[i], outcome.PersonName, outcome.CaseReference, DocumentPrinter.LetterNotPrinted));
                }
                else
                {
                    var name = FileName(outcome.Letter, files.Count + 1);
                    var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
                    await using (var entryStream = await entry.OpenAsync(cancellationToken))
                    {
                        await entryStream.WriteAsync(pdf, cancellationToken);
                    }

                    files.Add(name);
                }

                if (progress is not null)
                {
                    await progress(new LetterBatchProgress
                    {
                        Done = i + 1,
                        Total = personIds.Count,
                        Printed = files.Count,
                        Skipped = [.. skipped],
                        Latest = outcome?.PersonName ?? outsideTeams?.Name,
                    });
                }
            }
        }

        var result = new LetterBatchResult
        {
            BatchId = Guid.NewGuid(),
            RequestedBy = requestedBy,
            CreatedAt = time.GetUtcNow(),
            Files = files,
            Skipped = skipped,
            Zip = zipStream.ToArray(),
        };
        store.Add(result);
        return result;
    }

    /// <summary>Someone in none of the user's teams, as the single letter refuses them; null for anyone else.</summary>
    private async Task<SkippedPerson?> OutsideTeamsAsync(Guid personId, IReadOnlySet<string> teams, CancellationToken cancellationToken)
    {
        // The team alone for everyone; the whole person (whose name is stored encrypted) only for someone left out.
        var team = await people.TeamOfAsync(personId, cancellationToken);
        if (team is null || teams.Contains(team))
        {
            return null;
        }

        var person = await people.FindPersonAsync(personId, cancellationToken);
        return person is null ? null : new SkippedPerson(personId, PeopleService.FullName(person), person.CaseReference, NotInYourTeams);
    }

    /// <summary>"DEMO-0001 Ada Thornton.pdf", with anything a file system might refuse taken out.</summary>
    public static string FileName(Letter letter, int number)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var invalid = Path.GetInvalidFileNameChars().Concat(['/', '\\', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        // Hidden characters go too: a right-to-left override in a name saved before they were refused would make the name read backwards.
        var typed = HiddenCharacters.Remove($"{letter.CaseReference} {letter.PersonName}");
        var safe = new string([.. typed.Select(c => invalid.Contains(c) ? '-' : c)]).Trim();
        return string.IsNullOrEmpty(safe) ? $"letter-{number}.pdf" : safe + ".pdf";
    }
}
