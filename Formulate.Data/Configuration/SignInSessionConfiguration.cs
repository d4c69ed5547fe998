using Formulate.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Formulate.Data.Configuration;

public sealed class SignInSessionConfiguration : IEntityTypeConfiguration<SignInSession>
{
    public const int EndReasonLength = 40;

    public void Configure(EntityTypeBuilder<SignInSession> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("SignInSessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.UserName).HasMaxLength(SignInSession.UserNameLength);
        builder.Property(s => s.EndReason).HasConversion<string>().HasMaxLength(EndReasonLength);
        builder.Ignore(s => s.HasEnded);
        builder.HasIndex(s => s.UserAccountId);
        builder.HasIndex(s => s.StartedAt);
        builder.HasOne(s => s.Account).WithMany().HasForeignKey(s => s.UserAccountId).OnDelete(DeleteBehavior.SetNull);
    }
}
