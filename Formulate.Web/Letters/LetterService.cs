using System.Security.Claims;
using Formulate.Data.SelfAssessments;
using Formulate.Data.Time;
using Formulate.Web.People;
using Formulate.Web.Reproducibility;
using Formulate.Web.Security;

namespace Formulate.Web.Letters;

/// <summary>
/// Finds a person, their estimates and their approved budgets, and works out the letter about their latest approved budget,
/// for a user who prints letters for the person's team.
/// </summary>
public sealed class LetterService(PeopleService people, SelfAssessmentStore selfAssessments, EngineRegistry engines, TimeProvider time)
{
    public async Task<CaseRead<LetterOutcome>> ComposeAsync(ClaimsPrincipal user, Guid personId, CancellationToken cancellationToken = default)
    {
        var found = await people.FindForLetterAsync(user, personId, cancellationToken);
        if (found.Value is not { } record)
        {
            return CaseRead<LetterOutcome>.Refused(found.Decision);
        }

        var definition = engines.InForceToday(time).Definition;
        var council = definition.Configuration.Council
            ?? throw new InvalidOperationException("The council configuration has no council details to put on letters.");
        var answersUsed = await selfAssessments.AnswersUsedInAsync([.. record.Agreed.Select(agreed => agreed.NeedsProfileId)], cancellationToken);
        return CaseRead<LetterOutcome>.Allowed(
            LetterComposer.Compose(record with { SelfAssessmentAnswers = answersUsed }, council, UkTime.Today(time), definition.Questions));
    }
}
