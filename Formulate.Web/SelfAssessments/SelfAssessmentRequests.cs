using System.Globalization;
using System.Security.Claims;
using Formulate.Data;
using Formulate.Data.Entities;
using Formulate.Data.Resilience;
using Formulate.Data.SelfAssessments;
using Formulate.Web.People;
using Formulate.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Web.SelfAssessments;

/// <summary>
/// Self-assessments asked for without an invitation, as team managers and business support match them to a person and
/// give them to a practitioner. They see who asked and the people of their own teams, never the answers: those are for
/// the practitioner, on the person's caseload, once matched.
/// </summary>
public sealed class SelfAssessmentRequests(
    SelfAssessmentStore store, PeopleService people, IDbContextFactory<FormulateDbContext> contextFactory)
{
    public const string SelectPerson = "Select the person this request is about";

    public const string SelectPractitioner = "Select the practitioner to give it to";

    /// <summary>Whether the user matches requests: team managers and business support, as the policy says.</summary>
    public static bool Matches(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.IsAuthenticated == true && (user.IsInRole(nameof(Role.TeamManager)) || user.IsInRole(nameof(Role.BusinessSupport)));
    }

    public async Task<IReadOnlyList<RequestToMatch>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        Matches(user) ? [.. (await store.ListUnmatchedRequestsAsync(cancellationToken)).Select(ToMatch)] : [];

    public async Task<RequestToMatch?> FindAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken = default) =>
        Matches(user) && await store.FindUnmatchedRequestAsync(id, cancellationToken) is { } found ? ToMatch(found) : null;

    /// <summary>
    /// The people of the user's teams the request may be about: the same date of birth, or a word of the name in common
    /// (or, when <paramref name="name"/> is given, in common with that instead), closest first.
    /// </summary>
    public async Task<IReadOnlyList<MatchCandidate>> CandidatesAsync(
        ClaimsPrincipal user, RequestToMatch request, string? name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var teams = TeamsOf(user).ToList();
        if (teams.Count == 0)
        {
            return [];
        }

        var words = Words(string.IsNullOrWhiteSpace(name) ? request.Name : name);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        // Names are stored protected, so they are compared once read.
        var teamPeople = await context.People.AsNoTracking().Where(p => teams.Contains(p.Team)).ToListAsync(cancellationToken);
        return
        [
            .. teamPeople
                .Select(p => (Person: p, SameBirth: p.DateOfBirth == request.DateOfBirth, Shared: Words($"{p.GivenName} {p.FamilyName}").Intersect(words).Count()))
                .Where(c => c.SameBirth || c.Shared > 0)
                .OrderByDescending(c => (c.SameBirth ? 10 : 0) + c.Shared)
                .ThenBy(c => c.Person.FamilyName, StringComparer.OrdinalIgnoreCase)
                .Select(c => new MatchCandidate(c.Person.Id, PeopleService.FullName(c.Person), c.Person.DateOfBirth, c.Person.Postcode, c.Person.CaseReference, c.Person.Team)),
        ];
    }

    /// <summary>The active practitioners and team managers of the user's teams, by team then name.</summary>
    public async Task<IReadOnlyList<AssignablePractitioner>> PractitionersAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var teams = TeamsOf(user).ToList();
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var accounts = await context.UserAccounts.AsNoTracking()
            .Where(u => u.IsActive && u.Team != null && teams.Contains(u.Team)
                && u.Roles.Any(r => r.Role == Role.Practitioner || r.Role == Role.TeamManager))
            .Select(u => new AssignablePractitioner(u.UserName, u.DisplayName, u.Team!))
            .ToListAsync(cancellationToken);
        return [.. accounts.OrderBy(a => a.Team, StringComparer.Ordinal).ThenBy(a => a.DisplayName, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>Matches the request to a person of the user's teams and gives it to a practitioner of that person's team.</summary>
    public async Task<MatchRequestResult> MatchAsync(
        ClaimsPrincipal user, Guid id, Guid? personId, string? practitioner, CancellationToken cancellationToken = default)
    {
        var request = await FindAsync(user, id, cancellationToken);
        if (request is null)
        {
            return MatchRequestResult.NotThere;
        }

        // Any person of the user's teams, not only those the request's name or birth date suggests.
        var candidate = personId is { } chosen ? await PersonOfTeamsAsync(user, chosen, cancellationToken) : null;
        var errors = new List<FieldError>();
        if (candidate is null)
        {
            errors.Add(new FieldError("PersonId", SelectPerson));
        }

        errors.AddRange(await PractitionerErrorsAsync(user, practitioner, candidate?.Team, cancellationToken));
        if (errors.Count > 0)
        {
            return MatchRequestResult.Invalid(errors);
        }

        return await store.MatchRequestAsync(id, candidate!.PersonId, null, practitioner!, UserNames.Of(user), cancellationToken)
            ? MatchRequestResult.Done : MatchRequestResult.NotThere;
    }

    /// <summary>
    /// Adds a person from the request's details (checked as "Add a person" checks them) to one of the user's teams,
    /// matches the request to them and gives it to a practitioner of that team, in one save.
    /// </summary>
    public async Task<MatchRequestResult> AddPersonAsync(
        ClaimsPrincipal user, Guid id, NewPerson form, string? practitioner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var request = await FindAsync(user, id, cancellationToken);
        if (request is null)
        {
            return MatchRequestResult.NotThere;
        }

        form.DateOfBirthDay = request.DateOfBirth.Day.ToString(CultureInfo.InvariantCulture);
        form.DateOfBirthMonth = request.DateOfBirth.Month.ToString(CultureInfo.InvariantCulture);
        form.DateOfBirthYear = request.DateOfBirth.Year.ToString(CultureInfo.InvariantCulture);
        form.Postcode = request.Postcode;
        var (personErrors, person) = await people.CheckNewAsync(form, TeamsOf(user), UserNames.Of(user), cancellationToken);
        var errors = personErrors.ToList();
        errors.AddRange(await PractitionerErrorsAsync(user, practitioner, person?.Team ?? form.Team, cancellationToken));
        if (errors.Count > 0)
        {
            return MatchRequestResult.Invalid(errors);
        }

        try
        {
            return await store.MatchRequestAsync(id, person!.Id, person, practitioner!, UserNames.Of(user), cancellationToken)
                ? MatchRequestResult.Done : MatchRequestResult.NotThere;
        }
        catch (DbUpdateException exception) when (UniqueKeyViolation.IsCause(exception))
        {
            return MatchRequestResult.Invalid([new FieldError(nameof(NewPerson.CaseReference), $"A person with case reference {person!.CaseReference} already exists")]);
        }
    }

    /// <summary>The requester's name split as staff most often want it: the last word as the family name.</summary>
    public static (string Given, string Family) SplitName(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        var words = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length < 2 ? (fullName.Trim(), "") : (string.Join(' ', words[..^1]), words[^1]);
    }

    // Team managers carry cases for their teams; business support work for theirs (their letters).
    private static IReadOnlySet<string> TeamsOf(ClaimsPrincipal user) =>
        Matches(user) ? CaseAccess.TeamsOf(user, CasePurpose.Letters) : new HashSet<string>();

    private async Task<MatchCandidate?> PersonOfTeamsAsync(ClaimsPrincipal user, Guid personId, CancellationToken cancellationToken)
    {
        var teams = TeamsOf(user).ToList();
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var person = await context.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId && teams.Contains(p.Team), cancellationToken);
        return person is null ? null
            : new MatchCandidate(person.Id, PeopleService.FullName(person), person.DateOfBirth, person.Postcode, person.CaseReference, person.Team);
    }

    private async Task<IReadOnlyList<FieldError>> PractitionerErrorsAsync(
        ClaimsPrincipal user, string? practitioner, string? team, CancellationToken cancellationToken)
    {
        var chosen = (await PractitionersAsync(user, cancellationToken)).FirstOrDefault(p => p.UserName == practitioner);
        return chosen is null ? [new FieldError("Practitioner", SelectPractitioner)]
            : team is not null && chosen.Team != team
                ? [new FieldError("Practitioner", $"Select a practitioner in {team}, the person's team. {chosen.DisplayName} works in {chosen.Team}")]
            : [];
    }

    private static HashSet<string> Words(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(word => word.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);

    private static RequestToMatch ToMatch(SelfAssessment found) => new(
        found.Id, found.Reference, found.RequestName ?? "", found.RequestDateOfBirth ?? default, found.RequestPostcode ?? "", found.SubmittedAt ?? found.UpdatedAt,
        found.HelperName, found.HelperRelationship, found.ContactEmail, found.ContactMobile);
}
