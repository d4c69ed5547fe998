using Formulate.Engine;
using Formulate.Web.People;

namespace Formulate.Web.Letters;

/// <summary>Finds a person and their latest estimate and works out their letter; null when there is no such person.</summary>
public sealed class LetterService(PeopleService people, FormulateEngine engine, TimeProvider time)
{
    public async Task<LetterOutcome?> ComposeAsync(Guid personId, AgreedBudget? agreed = null, CancellationToken cancellationToken = default)
    {
        var record = await people.FindAsync(personId, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var council = engine.Definition.Configuration.Council
            ?? throw new InvalidOperationException("The council configuration has no council details to put on letters.");
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        return LetterComposer.Compose(record.Person, record.Estimates.Count > 0 ? record.Estimates[0] : null, council, today, agreed);
    }
}
