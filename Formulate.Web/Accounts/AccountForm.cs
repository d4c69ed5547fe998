using System.Text.RegularExpressions;
using Formulate.Data.Entities;
using Formulate.Web.People;

namespace Formulate.Web.Accounts;

/// <summary>What an administrator typed for an account, checked field by field so that every problem is named at once.</summary>
public sealed partial class AccountForm
{
    /// <summary>The Team radio that reveals a box for a team not yet known.</summary>
    public const string NewTeamChoice = "*new";

    /// <summary>The Team radio for an account that works with no team's people.</summary>
    public const string NoTeamChoice = "*none";

    public const int MinUserNameLength = 3;

    public const int MaxUserNameLength = 64;

    public const int MaxDisplayNameLength = 200;

    public const int MaxTeamLength = 100;

    public string? UserName { get; set; }

    public string? DisplayName { get; set; }

    /// <summary>A known team's name, <see cref="NewTeamChoice"/> or <see cref="NoTeamChoice"/>.</summary>
    public string? Team { get; set; }

    public string? NewTeam { get; set; }

    public IReadOnlyCollection<string> Roles { get; set; } = [];

    public static AccountForm From(UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new AccountForm
        {
            UserName = account.UserName,
            DisplayName = account.DisplayName,
            Team = account.Team ?? NoTeamChoice,
            Roles = [.. account.Roles.Select(r => r.Role.ToString())],
        };
    }

    public string? TrimmedUserName => UserName?.Trim();

    public string? TrimmedDisplayName => DisplayName?.Trim();

    /// <summary>The roles ticked, ignoring any value that is not a role.</summary>
    public IReadOnlyList<Role> ChosenRoles =>
        [.. RoleNames.All.Where(role => Roles.Contains(role.ToString(), StringComparer.Ordinal))];

    /// <summary>The team chosen, with a new team's name written as a known team spells it when it matches one.</summary>
    public string? ChosenTeam(IReadOnlyList<string> knownTeams)
    {
        ArgumentNullException.ThrowIfNull(knownTeams);
        return Team switch
        {
            null or "" or NoTeamChoice => null,
            NewTeamChoice when string.IsNullOrWhiteSpace(NewTeam) => null,
            NewTeamChoice => knownTeams.FirstOrDefault(t => t.Equals(NewTeam.Trim(), StringComparison.OrdinalIgnoreCase)) ?? NewTeam.Trim(),
            _ => Team.Trim(),
        };
    }

    public IReadOnlyList<FieldError> UserNameErrors()
    {
        var name = TrimmedUserName;
        var message = string.IsNullOrEmpty(name) ? "Enter a user name"
            : name.Length < MinUserNameLength ? $"User name must be {MinUserNameLength} characters or more"
            : name.Length > MaxUserNameLength ? $"User name must be {MaxUserNameLength} characters or fewer: it has {name.Length}"
            : !UserNamePattern().IsMatch(name) ? "User name must start with a letter or number and use only letters a to z, numbers, full stops (.), hyphens (-), underscores (_) and @, with no spaces"
            : null;
        return message is null ? [] : [new FieldError(nameof(UserName), message)];
    }

    /// <summary>The display name, team and roles: the parts an account's page changes.</summary>
    public IReadOnlyList<FieldError> DetailErrors()
    {
        var errors = new List<FieldError>();
        var displayName = TrimmedDisplayName;
        if (string.IsNullOrEmpty(displayName))
        {
            errors.Add(new FieldError(nameof(DisplayName), "Enter the display name, the name other people see, for example Sam Jones"));
        }
        else if (displayName.Length > MaxDisplayNameLength)
        {
            errors.Add(new FieldError(nameof(DisplayName), $"Display name must be {MaxDisplayNameLength} characters or fewer: it has {displayName.Length}"));
        }

        var roles = ChosenRoles;
        if (Team == NewTeamChoice)
        {
            var newTeam = NewTeam?.Trim();
            if (string.IsNullOrEmpty(newTeam))
            {
                errors.Add(new FieldError(nameof(NewTeam), "Enter the name of the new team"));
            }
            else if (newTeam.Length > MaxTeamLength)
            {
                errors.Add(new FieldError(nameof(NewTeam), $"Team name must be {MaxTeamLength} characters or fewer: it has {newTeam.Length}"));
            }
            else if (newTeam.StartsWith('*'))
            {
                errors.Add(new FieldError(nameof(NewTeam), "Team name must start with a letter or number"));
            }
        }
        else if (Team is not null && Team != NoTeamChoice && Team.Trim().Length is 0 or > MaxTeamLength)
        {
            errors.Add(new FieldError(nameof(Team), "Select a team, or choose a new team and enter its name"));
        }
        else if ((Team is null || Team == NoTeamChoice) && roles.Where(RoleNames.NeedsTeam).ToList() is [var needing, ..])
        {
            errors.Add(new FieldError(nameof(Team),
                $"Select a team: a {RoleNames.Of(needing).ToLowerInvariant()} only sees their own team's people, so they need a team"));
        }

        if (roles.Count == 0)
        {
            errors.Add(new FieldError(nameof(Roles), "Select at least one role"));
        }

        return errors;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._@-]*$")]
    private static partial Regex UserNamePattern();
}
