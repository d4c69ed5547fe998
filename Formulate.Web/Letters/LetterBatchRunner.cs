using System.IO.Compression;
using System.Security.Claims;
using Formulate.Web.Pdf;
using Formulate.Web.People;
using Formulate.Web.Security;

namespace Formulate.Web.Letters;

/// <summary>Writes letters for several people in one run: a PDF each, into one zip; anyone who cannot be written to is listed with the reason.</summary>
public sealed class LetterBatchRunner(LetterService letters, DocumentPrinter printer, LetterBatchStore store, TimeProvider time)
{
    public const string NotInYourTeams =
        "Left out: they are no longer in a team you work in, so you cannot print their letter. If they moved team, someone in their new team can print it";

    /// <param name="people">
    /// The people chosen, as the caseload they were chosen from showed them. Each person's team is checked again as their
    /// letter is printed, since they may have moved team after that list was shown; someone left out is named as it did.
    /// </param>
    public async Task<LetterBatchResult> RunAsync(
        IReadOnlyList<CaseloadEntry> people, ClaimsPrincipal user,
        Func<LetterBatchProgress, Task>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(people);
        var requestedBy = UserNames.Of(user);
        var files = new List<string>();
        var skipped = new List<SkippedPerson>();
        using var zipStream = new MemoryStream();
        using (var zip = new ZipArchive(zipStream, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < people.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var chosen = people[i];
                var composed = await letters.ComposeAsync(user, chosen.PersonId, cancellationToken: cancellationToken);
                var outcome = composed.Value;
                if (composed.Decision == CaseAccessDecision.Forbidden)
                {
                    skipped.Add(new SkippedPerson(chosen.PersonId, chosen.Name, chosen.CaseReference, NotInYourTeams));
                }
                else if (outcome is null)
                {
                    skipped.Add(new SkippedPerson(chosen.PersonId, "Unknown person", "", "This person is no longer on the caseload"));
                }
                else if (outcome.Letter is null)
                {
                    skipped.Add(new SkippedPerson(chosen.PersonId, outcome.PersonName, outcome.CaseReference, outcome.Problem!));
                }
                else if (await printer.TryLetterAsync(outcome.Letter, cancellationToken) is not { } pdf)
                {
                    skipped.Add(new SkippedPerson(chosen.PersonId, outcome.PersonName, outcome.CaseReference, DocumentPrinter.LetterNotPrinted));
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
                        Total = people.Count,
                        Printed = files.Count,
                        Skipped = [.. skipped],
                        Latest = outcome?.PersonName ?? chosen.Name,
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
