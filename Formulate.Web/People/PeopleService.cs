using Formulate.Data;
using Formulate.Data.Entities;
using Formulate.Data.People;
using Formulate.Web.Security.Sso;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Formulate.Web.People;

/// <summary>The caseload and the people on it, read and written with one short-lived context per call.</summary>
public sealed class PeopleService(
    IDbContextFactory<FormulateDbContext> contextFactory, PersonStore store, TimeProvider timeProvider, IOptions<SsoOptions> ssoOptions)
{
    /// <summary>
    /// The council's teams, as its own data names them: the teams of active user accounts, of the
    /// people on the caseload, and those the single sign-on settings map provider groups to.
    /// </summary>
    public async Task<IReadOnlyList<string>> ListTeamsAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var accountTeams = await context.UserAccounts.AsNoTracking()
            .Where(u => u.IsActive && u.Team != null).Select(u => u.Team!).Distinct().ToListAsync(cancellationToken);
        var peopleTeams = await context.People.AsNoTracking().Select(p => p.Team).Distinct().ToListAsync(cancellationToken);
        return [.. accountTeams.Concat(peopleTeams).Concat(ssoOptions.Value.TeamMappings.Values)
            .Where(team => !string.IsNullOrWhiteSpace(team))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>The people of <paramref name="teams"/>: a practitioner's caseload is their own teams' people.</summary>
    public async Task<IReadOnlyList<CaseloadEntry>> ListCaseloadAsync(IReadOnlySet<string> teams, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(teams);
        var teamList = teams.ToList();
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var teamPeople = context.People.AsNoTracking().Where(p => teamList.Contains(p.Team));
        var teamPersonIds = teamPeople.Select(p => p.Id);
        var people = await teamPeople.ToListAsync(cancellationToken);
        // Only the listed people's profiles and estimates: other teams' are never shown.
        var profiles = await context.NeedsProfiles.AsNoTracking()
            .Where(p => teamPersonIds.Contains(p.PersonId))
            .Select(p => new { p.PersonId, p.Status, p.CreatedAt })
            .ToListAsync(cancellationToken);
        var estimates = await context.EstimateSnapshots.AsNoTracking()
            .Where(s => teamPersonIds.Contains(s.PersonId))
            .Select(s => new { s.PersonId, s.WeeklyEstimate, s.CreatedAt })
            .ToListAsync(cancellationToken);

        // Ordered in memory: SQLite cannot order by DateTimeOffset or decimal columns.
        var latestProfile = profiles.GroupBy(p => p.PersonId)
            .ToDictionary(g => g.Key, g => g.MaxBy(p => p.CreatedAt)!.Status);
        var latestEstimate = estimates.GroupBy(s => s.PersonId)
            .ToDictionary(g => g.Key, g => g.MaxBy(s => s.CreatedAt)!.WeeklyEstimate);

        return people
            .OrderBy(p => p.FamilyName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.GivenName, StringComparer.OrdinalIgnoreCase)
            .Select(p => new CaseloadEntry
            {
                PersonId = p.Id,
                CaseReference = p.CaseReference,
                Name = FullName(p),
                Team = p.Team,
                LatestProfileStatus = latestProfile.TryGetValue(p.Id, out var status) ? status : null,
                LatestEstimate = latestEstimate.TryGetValue(p.Id, out var estimate) ? estimate : null,
            })
            .ToList();
    }

    public async Task<PersonRecord?> FindAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var person = await context.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is null)
        {
            return null;
        }

        var profiles = await context.NeedsProfiles.AsNoTracking().Where(p => p.PersonId == personId).ToListAsync(cancellationToken);
        var estimates = await context.EstimateSnapshots.AsNoTracking().Where(s => s.PersonId == personId).ToListAsync(cancellationToken);
        return new PersonRecord
        {
            Person = person,
            Profiles = [.. profiles.OrderByDescending(p => p.CreatedAt)],
            Estimates = [.. estimates.OrderByDescending(s => s.CreatedAt)],
        };
    }

    public async Task<Person?> FindPersonAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);
    }

    /// <summary>The team a person belongs to, or null when there is no such person.</summary>
    public async Task<string?> TeamOfAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.People.Where(p => p.Id == personId).Select(p => p.Team).SingleOrDefaultAsync(cancellationToken);
    }

    /// <param name="teams">The teams the person adding may put someone in: their own.</param>
    public async Task<AddPersonResult> AddAsync(NewPerson form, string createdBy, IReadOnlySet<string> teams, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(teams);
        var errors = NewPersonValidator.Validate(form, [.. teams]);
        if (errors.Count > 0)
        {
            return AddPersonResult.Invalid(errors);
        }

        var details = Details(form);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await context.PeopleWithCaseReference(details.CaseReference).AnyAsync(cancellationToken))
        {
            return AddPersonResult.Invalid([Duplicate(details.CaseReference)]);
        }

        var person = new Person
        {
            CaseReference = details.CaseReference,
            GivenName = details.GivenName,
            FamilyName = details.FamilyName,
            AddressLine1 = details.AddressLine1,
            AddressLine2 = details.AddressLine2,
            Town = details.Town,
            Postcode = details.Postcode,
            Team = details.Team,
            CreatedAt = timeProvider.GetUtcNow(),
            CreatedBy = createdBy,
        };
        context.People.Add(person);
        context.AuditAs(createdBy, "Person added");
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone added the same case reference between the check and the insert; the unique index refused it.
            return AddPersonResult.Invalid([Duplicate(details.CaseReference)]);
        }

        return AddPersonResult.Added(person.Id);
    }

    /// <summary>
    /// Checks the changed details exactly as a new person's, then saves them on the version of the
    /// person the form was filled from: a change someone else saved meanwhile is never overwritten.
    /// </summary>
    /// <param name="teams">The teams of the person changing the details: the person must be in one, and stay in one.</param>
    public async Task<ChangePersonResult> ChangeDetailsAsync(
        Guid personId, NewPerson form, int expectedVersion, string changedBy, IReadOnlySet<string> teams, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(teams);
        var team = await TeamOfAsync(personId, cancellationToken);
        if (team is null)
        {
            return ChangePersonResult.NotFound;
        }

        if (!teams.Contains(team))
        {
            return ChangePersonResult.Forbidden;
        }

        var errors = NewPersonValidator.Validate(form, [.. teams]);
        if (errors.Count > 0)
        {
            return ChangePersonResult.Invalid(errors);
        }

        var details = Details(form);
        var result = await store.ChangeDetailsAsync(personId, details, expectedVersion, changedBy, cancellationToken);
        return result.Outcome switch
        {
            ChangeDetailsOutcome.Saved => ChangePersonResult.Saved,
            ChangeDetailsOutcome.Conflict => ChangePersonResult.Conflict,
            ChangeDetailsOutcome.DuplicateCaseReference => ChangePersonResult.Invalid([Duplicate(details.CaseReference)]),
            _ => ChangePersonResult.NotFound,
        };
    }

    public static string FullName(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return $"{person.GivenName} {person.FamilyName}";
    }

    private static FieldError Duplicate(string caseReference) =>
        new(nameof(NewPerson.CaseReference), $"A person with case reference {caseReference} already exists");

    /// <summary>A checked form's details as they are saved: trimmed, an empty line as none, the postcode in capitals.</summary>
    private static PersonDetails Details(NewPerson form) => new()
    {
        CaseReference = form.CaseReference!.Trim(),
        GivenName = form.GivenName!.Trim(),
        FamilyName = form.FamilyName!.Trim(),
        AddressLine1 = Trimmed(form.AddressLine1),
        AddressLine2 = Trimmed(form.AddressLine2),
        Town = Trimmed(form.Town),
        Postcode = UkPostcode.Normalise(form.Postcode),
        Team = form.Team!,
    };

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
