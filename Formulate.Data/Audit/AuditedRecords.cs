using Formulate.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Data.Audit;

/// <summary>The records whose every change is written to the audit log, and how each is named there.</summary>
internal static class AuditedRecords
{
    private static readonly Dictionary<Type, string> Labels = new()
    {
        [typeof(Person)] = "Person",
        [typeof(NeedsProfile)] = "Needs Profile",
        [typeof(BudgetSubmission)] = "Submission",
        [typeof(SubmissionDecision)] = "Decision",
        [typeof(SubmissionWarning)] = "Submission warning",
        [typeof(UserAccount)] = "User",
        [typeof(UserRole)] = "Role",
        [typeof(ApiKey)] = "API key",
        [typeof(ParameterSetVersion)] = "Parameter version",
        [typeof(AccuracySample)] = "Accuracy sample",
        [typeof(EstimateFlag)] = "Inaccuracy flag",
        [typeof(SelfAssessmentReview)] = "Self-assessment answer",
        [typeof(SelfAssessment)] = "Self-assessment",
    };

    /// <summary>
    /// Records audited only as they are added: a self-assessment's creation says who invited whom and how, while the
    /// person's own saves of their answers are not staff actions and would fill the log.
    /// </summary>
    private static readonly HashSet<Type> AddedOnly = [typeof(SelfAssessment)];

    /// <summary>Secrets are never copied into the log; only the fact that they changed.</summary>
    private static readonly HashSet<string> Hidden =
    [
        nameof(UserAccount.PasswordHash), nameof(UserAccount.SecurityStamp), nameof(ApiKey.KeyHash), Protection.CaseReferenceHash.Column,
        nameof(SelfAssessment.InvitationCodeHash), nameof(SelfAssessment.ReturnCodeHash),
    ];

    public static bool IsAudited(Type type, EntityState state) =>
        Labels.ContainsKey(type) && (state is EntityState.Added or EntityState.Modified or EntityState.Deleted)
        && (state == EntityState.Added || !AddedOnly.Contains(type));

    public static string Label(Type type) => Labels[type];

    public static bool IsHidden(string property) => Hidden.Contains(property);

    /// <summary>
    /// A whole parameter set or sample file is too large to copy into every entry; the log records
    /// what it is, that it changed and how long it is. The versions screen shows a parameter set's
    /// difference parameter by parameter, and the accuracy pages the sample's rows.
    /// </summary>
    private static readonly Dictionary<string, string> Summarised = new(StringComparer.Ordinal)
    {
        [nameof(ParameterSetVersion.Json)] = "parameter set",
        [nameof(AccuracySample.Csv)] = "sample file",
    };

    public static bool IsSummarised(string property) => Summarised.ContainsKey(property);

    /// <summary>How a summarised value reads in the log, for example "(sample file, 1204 characters)".</summary>
    public static string Summary(string property, string text) => $"({Summarised[property]}, {text.Length} characters)";

    /// <summary>Names and addresses are protected at rest, so the log records that they changed, not what to.</summary>
    public static bool IsPersonalData(string property) => Protection.PersonalData.IsProtectedColumn(property);

    public static string Id(object entity) => entity switch
    {
        UserRole role => $"{role.UserAccountId}/{role.Role}",
        Person person => person.Id.ToString(),
        NeedsProfile profile => profile.Id.ToString(),
        BudgetSubmission submission => submission.Id.ToString(),
        SubmissionDecision decision => decision.Id.ToString(),
        SubmissionWarning warning => warning.Id.ToString(),
        UserAccount account => account.Id.ToString(),
        ApiKey key => key.Id.ToString(),
        ParameterSetVersion version => version.Id.ToString(),
        AccuracySample sample => sample.Id.ToString(),
        EstimateFlag flag => flag.Id.ToString(),
        SelfAssessmentReview review => review.Id.ToString(),
        SelfAssessment selfAssessment => selfAssessment.Id.ToString(),
        _ => "",
    };

    public static Guid? PersonId(object entity) => entity switch
    {
        Person person => person.Id,
        NeedsProfile profile => profile.PersonId,
        BudgetSubmission submission => submission.PersonId,
        EstimateFlag flag => flag.PersonId,
        SelfAssessment selfAssessment => selfAssessment.PersonId,
        _ => null,
    };
}
