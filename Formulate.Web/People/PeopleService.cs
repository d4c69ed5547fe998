using System.Security.Claims;
using System.Text.RegularExpressions;
using Formulate.Data.Time;
using Formulate.Data;
using Formulate.Data.Entities;
using Formulate.Data.People;
using Formulate.Data.Profiles;
using Formulate.Data.Resilience;
using Formulate.Data.SignOff;
using Formulate.Engine.Questions;
using Formulate.Web.Profiles;
using Formulate.Web.Security;
using Formulate.Web.Security.Sso;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Formulate.Web.People;

/// <summary>
/// The caseload and the people on it, read and written with one short-lived context per call. Every method that reads or
/// writes a person takes the user asking and goes through <see cref="CaseAccess"/> before anything of the person is read.
/// </summary>
public sealed class PeopleService(
    IDbContextFactory<FormulateDbContext> contextFactory,
    PersonStore store,
    NeedsProfileStore profiles,
    SignOffStore signOff,
    CaseAccess access,
    TimeProvider timeProvider,
    IOptions<SsoOptions> ssoOptions,
    IOptions<CaseReferenceOptions> caseReferenceOptions)
{
    private readonly Regex _caseReference = caseReferenceOptions.Value.Pattern();

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

    /// <summary>The user's caseload: the people of their own teams, and nobody for anyone who does not carry cases.</summary>
    public Task<IReadOnlyList<CaseloadEntry>> ListCaseloadAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        ListTeamsPeopleAsync(CaseAccess.TeamsOf(user), cancellationToken);

    /// <summary>The people whose letters the user may print: their own teams' people, for business support too.</summary>
    public Task<IReadOnlyList<CaseloadEntry>> ListLetterRecipientsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        ListTeamsPeopleAsync(CaseAccess.TeamsOf(user, CasePurpose.Letters), cancellationToken);

    private async Task<IReadOnlyList<CaseloadEntry>> ListTeamsPeopleAsync(IReadOnlySet<string> teams, CancellationToken cancellationToken)
    {
        var teamList = teams.ToList();
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entries = await EntriesAsync(context, context.People.AsNoTracking().Where(p => teamList.Contains(p.Team)), cancellationToken);
        return [.. entries.Values
            .OrderBy(e => e.FamilyName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.GivenName, StringComparer.OrdinalIgnoreCase)
            .Select(e => e.Entry)];
    }

    /// <summary>
    /// A page of the user's caseload. Counting, ordering by team, status or estimate, and paging run in the database query,
    /// which reads only the page's people. Names and case references are stored protected, so searching them or ordering
    /// by them reads the names and references of the teams' people (and nothing else of them) to match and order here.
    /// </summary>
    public async Task<CaseloadPage> QueryCaseloadAsync(ClaimsPrincipal user, CaseloadQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var teamList = CaseAccess.TeamsOf(user).ToList();
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var teamPeople = context.People.AsNoTracking().Where(p => teamList.Contains(p.Team));
        var inTeams = await teamPeople.CountAsync(cancellationToken);
        var skip = Math.Max(0, query.Page) * Math.Max(1, query.PageSize);
        var take = Math.Max(1, query.PageSize);
        var search = query.Search?.Trim();

        List<Guid> pageIds;
        int matching;
        if (!string.IsNullOrEmpty(search) || query.SortBy is CaseloadSort.Name or CaseloadSort.CaseReference)
        {
            var named = await teamPeople.Select(p => new { p.Id, p.GivenName, p.FamilyName, p.CaseReference, p.Team }).ToListAsync(cancellationToken);
            var found = string.IsNullOrEmpty(search)
                ? named
                : [.. named.Where(p => $"{p.GivenName} {p.FamilyName}".Contains(search, StringComparison.OrdinalIgnoreCase)
                                       || p.CaseReference.Contains(search, StringComparison.OrdinalIgnoreCase))];
            matching = found.Count;
            var foundIds = found.Select(p => p.Id).ToList();
            if (query.SortBy is CaseloadSort.Name or CaseloadSort.CaseReference)
            {
                var ordered = query.SortBy == CaseloadSort.Name
                    ? Order(found, p => p.FamilyName, query.Descending).ThenBy(p => p.GivenName, StringComparer.OrdinalIgnoreCase)
                    : Order(found, p => p.CaseReference, query.Descending);
                pageIds = [.. ordered.ThenBy(p => p.Id).Skip(skip).Take(take).Select(p => p.Id)];
            }
            else
            {
                pageIds = await Ordered(context, teamPeople.Where(p => foundIds.Contains(p.Id)), query).Skip(skip).Take(take).ToListAsync(cancellationToken);
            }
        }
        else
        {
            matching = inTeams;
            pageIds = await Ordered(context, teamPeople, query).Skip(skip).Take(take).ToListAsync(cancellationToken);
        }

        var entries = await EntriesAsync(context, context.People.AsNoTracking().Where(p => pageIds.Contains(p.Id)), cancellationToken);
        return new CaseloadPage { Entries = [.. pageIds.Select(id => entries[id].Entry)], Matching = matching, InTeams = inTeams };
    }

    private static IOrderedEnumerable<T> Order<T>(IEnumerable<T> items, Func<T, string> key, bool descending) =>
        descending ? items.OrderByDescending(key, StringComparer.OrdinalIgnoreCase) : items.OrderBy(key, StringComparer.OrdinalIgnoreCase);

    /// <summary>People's ids in the order of a column stored in clear, each person's latest profile and estimate found by the query.</summary>
    private static IQueryable<Guid> Ordered(FormulateDbContext context, IQueryable<Person> people, CaseloadQuery query)
    {
        var rows = people.Select(p => new
        {
            p.Id,
            p.Team,
            Status = context.NeedsProfiles.Where(n => n.PersonId == p.Id).OrderByDescending(n => n.CreatedAt)
                .Select(n => (NeedsProfileStatus?)n.Status).FirstOrDefault(),
            // As a number: SQLite keeps decimals as text, which would not order.
            Estimate = context.EstimateSnapshots.Where(s => s.PersonId == p.Id).OrderByDescending(s => s.CreatedAt)
                .Select(s => (double?)(double)s.WeeklyEstimate).FirstOrDefault(),
        });
        var ordered = query.SortBy switch
        {
            // Nobody's first (no profile, no estimate), on every database, as NULL sorts differently in each.
            CaseloadSort.LatestProfileStatus => query.Descending
                ? rows.OrderByDescending(r => r.Status != null).ThenByDescending(r => r.Status)
                : rows.OrderBy(r => r.Status != null).ThenBy(r => r.Status),
            CaseloadSort.LatestEstimate => query.Descending
                ? rows.OrderByDescending(r => r.Estimate != null).ThenByDescending(r => r.Estimate)
                : rows.OrderBy(r => r.Estimate != null).ThenBy(r => r.Estimate),
            _ => query.Descending ? rows.OrderByDescending(r => r.Team) : rows.OrderBy(r => r.Team),
        };
        return ordered.ThenBy(r => r.Id).Select(r => r.Id);
    }

    private sealed record NamedEntry(CaseloadEntry Entry, string GivenName, string FamilyName);

    /// <summary>The caseload rows of <paramref name="people"/>: only their own profiles and estimates are read, never other teams'.</summary>
    private static async Task<Dictionary<Guid, NamedEntry>> EntriesAsync(FormulateDbContext context, IQueryable<Person> people, CancellationToken cancellationToken)
    {
        var personIds = people.Select(p => p.Id);
        var listed = await people.ToListAsync(cancellationToken);
        var profiles = await context.NeedsProfiles.AsNoTracking()
            .Where(p => personIds.Contains(p.PersonId))
            .Select(p => new { p.PersonId, p.Status, p.CreatedAt })
            .ToListAsync(cancellationToken);
        var estimates = await context.EstimateSnapshots.AsNoTracking()
            .Where(s => personIds.Contains(s.PersonId))
            .Select(s => new { s.PersonId, s.WeeklyEstimate, s.CreatedAt })
            .ToListAsync(cancellationToken);
        var approved = await context.BudgetSubmissions.AsNoTracking()
            .Where(s => personIds.Contains(s.PersonId) && s.Status == SubmissionStatus.Approved)
            .Select(s => new { s.PersonId, s.ProposedWeekly, s.StartDate, s.SubmittedAt })
            .ToListAsync(cancellationToken);

        var latestProfile = profiles.GroupBy(p => p.PersonId)
            .ToDictionary(g => g.Key, g => g.MaxBy(p => p.CreatedAt)!.Status);
        var latestEstimate = estimates.GroupBy(s => s.PersonId)
            .ToDictionary(g => g.Key, g => g.MaxBy(s => s.CreatedAt)!.WeeklyEstimate);
        // The latest as the letter finds it: by start date, then by when it was submitted.
        var latestApproved = approved.GroupBy(s => s.PersonId)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.StartDate).ThenBy(s => s.SubmittedAt).Last().ProposedWeekly);

        return listed.ToDictionary(p => p.Id, p => new NamedEntry(
            new CaseloadEntry
            {
                PersonId = p.Id,
                CaseReference = p.CaseReference,
                Name = FullName(p),
                Team = p.Team,
                LatestProfileStatus = latestProfile.TryGetValue(p.Id, out var status) ? status : null,
                LatestEstimate = latestEstimate.TryGetValue(p.Id, out var estimate) ? estimate : null,
                ApprovedWeekly = latestApproved.TryGetValue(p.Id, out var agreed) ? agreed : null,
            },
            p.GivenName,
            p.FamilyName));
    }

    /// <summary>The person with their profiles and estimates, newest first, once the user is known to work with their team.</summary>
    public Task<CaseRead<PersonRecord>> FindAsync(ClaimsPrincipal user, Guid personId, CancellationToken cancellationToken = default) =>
        CaseAccess.ReadIfAllowedAsync(access.ToPersonAsync(user, personId, cancellationToken), () => ReadPersonAsync(personId, cancellationToken));

    /// <summary>The person with their estimates and agreed budgets, for a user who prints their team's letters.</summary>
    public Task<CaseRead<PersonRecord>> FindForLetterAsync(ClaimsPrincipal user, Guid personId, CancellationToken cancellationToken = default) =>
        CaseAccess.ReadIfAllowedAsync(
            access.ToPersonAsync(user, personId, CasePurpose.Letters, cancellationToken), () => ReadPersonAsync(personId, cancellationToken));

    /// <summary>
    /// Starts a new Needs Profile for the person, as the user, once the user is known to work with their team. For a person
    /// with an agreed budget it is a reassessment: the agreed profile's answers still asked are carried forward into it.
    /// </summary>
    public Task<CaseRead<StartedProfile>> StartProfileAsync(
        ClaimsPrincipal user, Guid personId, DateOnly assessmentDate, QuestionSet questions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(questions);
        return CaseAccess.ReadIfAllowedAsync(access.ToPersonAsync(user, personId, cancellationToken), async () =>
        {
            var carried = await CarriedForwardAsync(personId, questions, cancellationToken);
            var profile = await profiles.CreateAsync(personId, assessmentDate, questions.Version, UserNames.Of(user), carried.Kept, cancellationToken);
            return (StartedProfile?)new StartedProfile(profile, carried.Dropped);
        });
    }

    /// <summary>The answers of the profile behind the person's latest agreed budget, as today's questions can take them.</summary>
    private async Task<CarriedAnswers> CarriedForwardAsync(Guid personId, QuestionSet questions, CancellationToken cancellationToken)
    {
        var agreed = await signOff.ListAgreedForPersonAsync(personId, cancellationToken);
        if (agreed.Count == 0 || await profiles.FindAsync(agreed[^1].NeedsProfileId, cancellationToken) is not { } profile)
        {
            return CarriedAnswers.None;
        }

        return Reassessment.CarryForward(questions, EngineProfile.From(profile).Answers);
    }

    /// <summary>Adds a person to one of the user's own teams.</summary>
    public async Task<AddPersonResult> AddAsync(NewPerson form, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var createdBy = UserNames.Of(user);
        var (errors, person) = await CheckNewAsync(form, CaseAccess.TeamsOf(user), createdBy, cancellationToken);
        if (person is null)
        {
            return AddPersonResult.Invalid(errors);
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        context.People.Add(person);
        context.AuditAs(createdBy, "Person added");
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueKeyViolation.IsCause(exception))
        {
            // Someone added the same case reference between the check and the insert; the unique index refused it.
            return AddPersonResult.Invalid([Duplicate(person.CaseReference)]);
        }

        return AddPersonResult.Added(person.Id);
    }

    /// <summary>
    /// Checks a new person's details exactly as "Add a person" does, for one of <paramref name="teams"/>, and makes the
    /// person to be saved; the errors instead when they cannot be added, a case reference already in use among them.
    /// </summary>
    public async Task<(IReadOnlyList<FieldError> Errors, Person? Person)> CheckNewAsync(
        NewPerson form, IReadOnlySet<string> teams, string createdBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = NewPersonValidator.Validate(form, Checks(teams));
        if (errors.Count > 0)
        {
            return (errors, null);
        }

        var details = Details(form, Checks(teams));
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await context.PeopleWithCaseReference(details.CaseReference).AnyAsync(cancellationToken))
        {
            return ([Duplicate(details.CaseReference)], null);
        }

        return ([], new Person
        {
            CaseReference = details.CaseReference,
            GivenName = details.GivenName,
            FamilyName = details.FamilyName,
            Title = details.Title,
            PreferredName = details.PreferredName,
            DateOfBirth = details.DateOfBirth,
            AddressLine1 = details.AddressLine1,
            AddressLine2 = details.AddressLine2,
            Town = details.Town,
            Postcode = details.Postcode,
            Team = details.Team,
            CreatedAt = timeProvider.GetUtcNow(),
            CreatedBy = createdBy,
        });
    }

    /// <summary>
    /// Checks the changed details exactly as a new person's, then saves them on the version of the
    /// person the form was filled from: a change someone else saved meanwhile is never overwritten.
    /// </summary>
    /// <remarks>The person must be in one of the user's teams, and stay in one.</remarks>
    public async Task<ChangePersonResult> ChangeDetailsAsync(
        ClaimsPrincipal user, Guid personId, NewPerson form, int expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        switch (await access.ToPersonAsync(user, personId, cancellationToken))
        {
            case CaseAccessDecision.NotFound:
                return ChangePersonResult.NotFound;
            case CaseAccessDecision.Forbidden:
                return ChangePersonResult.Forbidden;
        }

        var changedBy = UserNames.Of(user);
        var teams = CaseAccess.TeamsOf(user);

        var errors = NewPersonValidator.Validate(form, Checks(teams));
        if (errors.Count > 0)
        {
            return ChangePersonResult.Invalid(errors);
        }

        var details = Details(form, Checks(teams));
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

    private async Task<PersonRecord?> ReadPersonAsync(Guid personId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var person = await context.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is null)
        {
            return null;
        }

        var profiles = await context.NeedsProfiles.AsNoTracking().Where(p => p.PersonId == personId).ToListAsync(cancellationToken);
        var estimates = await context.EstimateSnapshots.AsNoTracking().Where(s => s.PersonId == personId).ToListAsync(cancellationToken);
        var submissions = await signOff.ListForPersonAsync(personId, cancellationToken);
        return new PersonRecord
        {
            Person = person,
            Profiles = [.. profiles.OrderByDescending(p => p.CreatedAt)],
            Estimates = [.. estimates.OrderByDescending(s => s.CreatedAt)],
            Agreed = await signOff.ListAgreedForPersonAsync(personId, cancellationToken),
            Submissions = submissions,
        };
    }

    private static FieldError Duplicate(string caseReference) =>
        new(nameof(NewPerson.CaseReference), $"A person with case reference {caseReference} already exists");

    /// <summary>A checked form's details as they are saved: trimmed, an empty line as none, the postcode in capitals.</summary>
    private PersonFormChecks Checks(IReadOnlySet<string> teams) =>
        new([.. teams], _caseReference, caseReferenceOptions.Value.CaseReferenceDescription, UkTime.Today(timeProvider));

    private static PersonDetails Details(NewPerson form, PersonFormChecks checks) => new()
    {
        CaseReference = form.CaseReference!.Trim(),
        GivenName = form.GivenName!.Trim(),
        FamilyName = form.FamilyName!.Trim(),
        Title = Trimmed(form.Title),
        PreferredName = Trimmed(form.PreferredName),
        DateOfBirth = DateOfBirthCheck.Read(form.DateOfBirthDay, form.DateOfBirthMonth, form.DateOfBirthYear, checks.Today).Date,
        AddressLine1 = Trimmed(form.AddressLine1),
        AddressLine2 = Trimmed(form.AddressLine2),
        Town = Trimmed(form.Town),
        Postcode = UkPostcode.Normalise(form.Postcode),
        Team = form.Team!,
    };

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
