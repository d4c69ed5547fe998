using System.Security.Claims;
using Formulate.Data.Time;
using Formulate.Web.People;
using Formulate.Web.Reproducibility;
using Formulate.Web.Security;

namespace Formulate.Web.Letters;

/// <summary>
/// Finds a person, their latest estimate and the budget agreed from it, if any, and works out their letter, for a user who
/// prints letters for the person's team.
/// </summary>
public sealed class LetterService(PeopleService people, EngineRegistry engines, TimeProvider time)
{
    public async Task<CaseRead<LetterOutcome>> ComposeAsync(
        ClaimsPrincipal user, Guid personId, AgreedBudget? agreed = null, CancellationToken cancellationToken = default)
    {
        var found = await people.FindForLetterAsync(user, personId, cancellationToken);
        if (found.Value is not { } record)
        {
            return CaseRead<LetterOutcome>.Refused(found.Decision);
        }

        var council = engines.InForceToday(time).Definition.Configuration.Council
            ?? throw new InvalidOperationException("The council configuration has no council details to put on letters.");
        var today = UkTime.Today(time);
        var estimate = record.Estimates.Count > 0 ? record.Estimates[0] : null;
        // A budget agreed from an earlier estimate explains that estimate, not a reassessment made since.
        if (agreed is null && record.Agreed is [.., var latest]
            && latest.EstimateSnapshotId == estimate?.Id)
        {
            agreed = AgreedBudgetWording.From(latest);
        }

        return CaseRead<LetterOutcome>.Allowed(LetterComposer.Compose(record.Person, estimate, council, today, agreed));
    }
}
