using Formulate.Data.Entities;
using Formulate.Data.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Formulate.Data.Configuration;

public sealed class SubmissionDecisionConfiguration : IEntityTypeConfiguration<SubmissionDecision>
{
    public void Configure(EntityTypeBuilder<SubmissionDecision> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("SubmissionDecisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasOne<BudgetSubmission>().WithMany().HasForeignKey(d => d.SubmissionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.DecidedBy).HasMaxLength(256);
        builder.Property(d => d.Comments).HasMaxLength(PersonalData.StoredNoteLength);
    }
}
