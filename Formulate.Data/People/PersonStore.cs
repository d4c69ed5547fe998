using Formulate.Data.Resilience;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Data.People;

public sealed class PersonStore(IDbContextFactory<FormulateDbContext> contextFactory)
{
    public const string DetailsChangedAction = "Person details changed";

    /// <summary>
    /// Replaces a person's details on the version of the record the caller last saw. If anyone has
    /// saved the person since, or another person has the case reference, nothing is written. The
    /// audit entry names the fields that changed; names and addresses are marked as personal data, not copied.
    /// </summary>
    public async Task<ChangeDetailsResult> ChangeDetailsAsync(
        Guid personId, PersonDetails details, int expectedVersion, string changedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentException.ThrowIfNullOrWhiteSpace(changedBy);

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var person = await context.People.SingleOrDefaultAsync(p => p.Id == personId, cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            return ChangeDetailsResult.NotFound();
        }

        if (person.Version != expectedVersion)
        {
            return ChangeDetailsResult.Conflict(person.Version);
        }

        if (await context.PeopleWithCaseReference(details.CaseReference).AnyAsync(p => p.Id != personId, cancellationToken).ConfigureAwait(false))
        {
            return ChangeDetailsResult.DuplicateCaseReference(person.Version);
        }

        person.CaseReference = details.CaseReference;
        person.GivenName = details.GivenName;
        person.FamilyName = details.FamilyName;
        person.Title = details.Title;
        person.PreferredName = details.PreferredName;
        person.DateOfBirth = details.DateOfBirth;
        person.AddressLine1 = details.AddressLine1;
        person.AddressLine2 = details.AddressLine2;
        person.Town = details.Town;
        person.Postcode = details.Postcode;
        person.Team = details.Team;
        context.AuditAs(changedBy, DetailsChangedAction);

        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write; the version check in the UPDATE caught it.
            var current = await ReadVersionAsync(personId, cancellationToken).ConfigureAwait(false);
            return current is null ? ChangeDetailsResult.NotFound() : ChangeDetailsResult.Conflict(current.Value);
        }
        catch (DbUpdateException exception) when (UniqueKeyViolation.IsCause(exception))
        {
            // Someone took the case reference between the check and the update; the unique index refused it.
            return ChangeDetailsResult.DuplicateCaseReference(expectedVersion);
        }

        return ChangeDetailsResult.Saved(person.Version);
    }

    private async Task<int?> ReadVersionAsync(Guid personId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await context.People.Where(p => p.Id == personId)
            .Select(p => (int?)p.Version)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }
}
