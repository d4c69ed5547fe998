using Microsoft.EntityFrameworkCore;

namespace Formulate.Data.Protection;

/// <summary>
/// Protects personal data written before it was protected (names and addresses before schema version
/// 20261122000006_PersonalDataProtection, case references and notes before 20261122000011_ProtectedNotesAndCaseReferences,
/// and reasons for going ahead despite a warning written by a tool without the app's keys),
/// and gives each person the keyed hash of their case reference; run at start-up, after the schema versions. Each
/// record is rewritten once; afterwards there is nothing to do.
/// </summary>
internal static class PersonalDataBackfill
{
    private const string Unprotected = $"NOT LIKE '{PersonalDataConverter.Prefix}%'";

    /// <param name="protecting">False without a protector: values stay as typed, and only missing hashes are filled in.</param>
    public static async Task<int> ProtectAsync(FormulateDbContext context, bool protecting, CancellationToken cancellationToken)
    {
        var personIds = await IdsAsync(
            context,
            protecting
                ? $"""SELECT "Id" AS "Value" FROM "People" WHERE "GivenName" {Unprotected} OR "CaseReference" {Unprotected} OR "{CaseReferenceHash.Column}" IS NULL"""
                : $"""SELECT "Id" AS "Value" FROM "People" WHERE "{CaseReferenceHash.Column}" IS NULL""",
            cancellationToken).ConfigureAwait(false);
        var people = await context.People.Where(p => personIds.Contains(p.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        MarkChanged(context, people, PersonalData.PersonColumns);
        var count = people.Count;

        if (protecting)
        {
            var submissionIds = await IdsAsync(
                context, $"""SELECT "Id" AS "Value" FROM "BudgetSubmissions" WHERE "{PersonalData.SubmissionNoteColumn}" {Unprotected}""", cancellationToken)
                .ConfigureAwait(false);
            var submissions = await context.BudgetSubmissions.Where(s => submissionIds.Contains(s.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
            MarkChanged(context, submissions, [PersonalData.SubmissionNoteColumn]);

            var decisionIds = await IdsAsync(
                context, $"""SELECT "Id" AS "Value" FROM "SubmissionDecisions" WHERE "{PersonalData.DecisionCommentsColumn}" {Unprotected}""", cancellationToken)
                .ConfigureAwait(false);
            var decisions = await context.SubmissionDecisions.Where(d => decisionIds.Contains(d.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
            MarkChanged(context, decisions, [PersonalData.DecisionCommentsColumn]);

            var warningIds = await IdsAsync(
                context, $"""SELECT "Id" AS "Value" FROM "SubmissionWarnings" WHERE "{PersonalData.WarningReasonColumn}" {Unprotected}""", cancellationToken)
                .ConfigureAwait(false);
            var warnings = await context.SubmissionWarnings.Where(w => warningIds.Contains(w.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
            MarkChanged(context, warnings, [PersonalData.WarningReasonColumn]);
            count += submissions.Count + decisions.Count + warnings.Count;
        }

        if (count == 0)
        {
            return 0;
        }

        context.AuditAs(FormulateDbContext.SystemUser, protecting ? "Personal data protected" : "Case reference lookups prepared");
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    // A NULL note is NOT LIKE nothing, so only notes that were written are found.
    private static Task<List<Guid>> IdsAsync(FormulateDbContext context, string sql, CancellationToken cancellationToken) =>
        context.Database.SqlQueryRaw<Guid>(sql).ToListAsync(cancellationToken);

    private static void MarkChanged<T>(FormulateDbContext context, IEnumerable<T> records, IReadOnlyList<string> columns)
        where T : class
    {
        foreach (var record in records)
        {
            foreach (var column in columns)
            {
                context.Entry(record).Property(column).IsModified = true;
            }
        }
    }
}
