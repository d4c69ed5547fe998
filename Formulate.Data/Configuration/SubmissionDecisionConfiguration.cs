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
        builder.Property(d => d.Reply).HasMaxLength(PersonalData.StoredNoteLength);
        builder.Property(d => d.RepliedBy).HasMaxLength(256);
        // The one reply to a return: a second, saved at the same moment, finds it already there and is refused.
        builder.Property(d => d.RepliedAt).IsConcurrencyToken();
    }
}
