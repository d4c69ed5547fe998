using Formulate.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Formulate.Data.Configuration;

public sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public void Configure(EntityTypeBuilder<UserAccount> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("UserAccounts");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.UserName).HasMaxLength(256);
        builder.HasIndex(u => u.UserName).IsUnique();
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.Team).HasMaxLength(100);
        builder.Property(u => u.SecurityStamp).HasMaxLength(UserAccount.SecurityStampLength);
        builder.Property(u => u.ExternalId).HasMaxLength(UserAccount.ExternalIdLength);
        builder.HasIndex(u => u.ExternalId).IsUnique();
        builder.Property(u => u.Version).IsConcurrencyToken();
        builder.HasMany(u => u.Roles).WithOne().HasForeignKey(r => r.UserAccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
