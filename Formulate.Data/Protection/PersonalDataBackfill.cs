using Microsoft.EntityFrameworkCore;

namespace Formulate.Data.Protection;

/// <summary>
/// Protects names and addresses written before they were protected (schema version
/// 20261122000006_PersonalDataProtection widened their columns); run at start-up, after the
/// schema versions. Each person is rewritten once; afterwards there is nothing to do.
/// </summary>
internal static class PersonalDataBackfill
{
    public static async Task<int> ProtectAsync(FormulateDbContext context, CancellationToken cancellationToken)
    {
        var unprotected = await context.Database
            .SqlQueryRaw<Guid>($"""SELECT "Id" AS "Value" FROM "People" WHERE "GivenName" NOT LIKE '{PersonalDataConverter.Prefix}%'""")
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        if (unprotected.Count == 0)
        {
            return 0;
        }

        var people = await context.People.Where(p => unprotected.Contains(p.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var person in people)
        {
            foreach (var column in PersonalData.PersonColumns)
            {
                context.Entry(person).Property(column).IsModified = true;
            }
        }

        context.AuditAs(FormulateDbContext.SystemUser, "Personal data protected");
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return people.Count;
    }
}
