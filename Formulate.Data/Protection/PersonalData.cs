using System.Globalization;
using Formulate.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Formulate.Data.Protection;

/// <summary>
/// The columns protected at rest: a person's case reference, name, title, date of birth and address, and the free text written about their
/// budget (the practitioner's note on a proposal that differs from the estimate, the reason written for the person's
/// letter, their reasons for going ahead despite the estimate's warnings, a manager's comments on a decision, and the
/// practitioner's reply to them), and a self-assessment's answers and contact details.
/// </summary>
public static class PersonalData
{
    /// <summary>Long enough for the protected form of the longest name, address line or case reference the forms accept.</summary>
    public const int StoredLength = 1500;

    /// <summary>Long enough for the protected form of a 2,000-character note in any script (up to three bytes a character).</summary>
    public const int StoredNoteLength = 9000;

    public static IReadOnlyList<string> PersonColumns { get; } =
    [
        nameof(Person.CaseReference), nameof(Person.GivenName), nameof(Person.FamilyName), nameof(Person.Title),
        nameof(Person.PreferredName), nameof(Person.DateOfBirth), nameof(Person.AddressLine1), nameof(Person.AddressLine2),
        nameof(Person.Town), nameof(Person.Postcode),
    ];

    public const string SubmissionNoteColumn = nameof(BudgetSubmission.DifferenceNote);

    public const string SubmissionLetterReasonColumn = nameof(BudgetSubmission.LetterReason);

    public const string DecisionCommentsColumn = nameof(SubmissionDecision.Comments);

    public const string DecisionReplyColumn = nameof(SubmissionDecision.Reply);

    public const string WarningReasonColumn = nameof(SubmissionWarning.PractitionerReason);

    /// <summary>A self-assessment's answers, the name of whoever answered for the person, and the e-mail address and mobile number for codes.</summary>
    public static IReadOnlyList<string> SelfAssessmentColumns { get; } =
        [
            nameof(SelfAssessment.PersonAnswersJson), nameof(SelfAssessment.HelperName), nameof(SelfAssessment.ContactEmail), nameof(SelfAssessment.ContactMobile),
            nameof(SelfAssessment.RequestName), nameof(SelfAssessment.RequestDateOfBirth), nameof(SelfAssessment.RequestPostcode),
        ];

    public static bool IsProtectedColumn(string property) =>
        PersonColumns.Contains(property) || SelfAssessmentColumns.Contains(property)
        || property is SubmissionNoteColumn or SubmissionLetterReasonColumn or DecisionCommentsColumn or DecisionReplyColumn or WarningReasonColumn;

    /// <summary>A date of birth as ISO text, so that it can be stored protected like the rest of a person's details.</summary>
    internal static readonly ValueConverter<DateOnly, string> IsoDate = new(
        date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        text => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    internal static void Protect(ModelBuilder modelBuilder, IPersonalDataProtector protector)
    {
        var converter = new PersonalDataConverter(protector);
        Protect(modelBuilder.Entity<Person>(), PersonColumns, nameof(Person.DateOfBirth), converter);

        modelBuilder.Entity<BudgetSubmission>().Property(SubmissionNoteColumn).HasConversion(converter);
        modelBuilder.Entity<BudgetSubmission>().Property(SubmissionLetterReasonColumn).HasConversion(converter);
        modelBuilder.Entity<SubmissionDecision>().Property(DecisionCommentsColumn).HasConversion(converter);
        modelBuilder.Entity<SubmissionDecision>().Property(DecisionReplyColumn).HasConversion(converter);
        modelBuilder.Entity<SubmissionWarning>().Property(WarningReasonColumn).HasConversion(converter);
        Protect(modelBuilder.Entity<SelfAssessment>(), SelfAssessmentColumns, nameof(SelfAssessment.RequestDateOfBirth), converter);
    }

    /// <summary>Protects each of <paramref name="columns"/>; the date of birth among them is stored as its ISO text, protected like the rest.</summary>
    private static void Protect(EntityTypeBuilder entity, IEnumerable<string> columns, string dateOfBirthColumn, PersonalDataConverter converter)
    {
        foreach (var column in columns)
        {
            entity.Property(column).HasConversion(column == dateOfBirthColumn ? IsoDate.ComposeWith(converter) : converter);
        }
    }
}
