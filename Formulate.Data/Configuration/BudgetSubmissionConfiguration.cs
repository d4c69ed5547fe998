using Formulate.Data.Entities;
using Formulate.Data.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Formulate.Data.Configuration;

public sealed class BudgetSubmissionConfiguration : IEntityTypeConfiguration<BudgetSubmission>
{
    public void Configure(EntityTypeBuilder<BudgetSubmission> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("BudgetSubmissions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasOne<NeedsProfile>().WithMany().HasForeignKey(s => s.NeedsProfileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<EstimateSnapshot>().WithMany().HasForeignKey(s => s.EstimateSnapshotId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Team).HasMaxLength(100);
        builder.Property(s => s.AgeBand).HasMaxLength(50);
        builder.Property(s => s.EstimatedWeekly).HasPrecision(18, 2);
        builder.Property(s => s.ProposedWeekly).HasPrecision(18, 2);
        builder.Property(s => s.DifferenceReason).HasMaxLength(100);
        builder.Property(s => s.DifferenceNote).HasMaxLength(PersonalData.StoredNoteLength);
        builder.Property(s => s.LetterReason).HasMaxLength(PersonalData.StoredNoteLength);
        builder.Property(s => s.SecondApprovalAboveWeekly).HasPrecision(18, 2);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.SubmittedBy).HasMaxLength(256);
        // Submissions made before schema version 14 read false: their warnings were not recorded.
        builder.Property(s => s.WarningsRecorded).HasDefaultValue(false);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => s.Status);
    }
}
