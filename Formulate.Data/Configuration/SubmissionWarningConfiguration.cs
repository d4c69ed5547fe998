using Formulate.Data.Entities;
using Formulate.Data.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Formulate.Data.Configuration;

public sealed class SubmissionWarningConfiguration : IEntityTypeConfiguration<SubmissionWarning>
{
    public const int TextLength = 1000;

    public void Configure(EntityTypeBuilder<SubmissionWarning> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("SubmissionWarnings");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.HasOne<BudgetSubmission>().WithMany().HasForeignKey(w => w.SubmissionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(w => w.RuleId).HasMaxLength(20);
        builder.Property(w => w.Severity).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.Text).HasMaxLength(TextLength);
        builder.Property(w => w.PractitionerReason).HasMaxLength(PersonalData.StoredNoteLength);
    }
}
