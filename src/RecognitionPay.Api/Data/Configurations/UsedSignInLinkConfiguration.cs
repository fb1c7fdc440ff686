using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RecognitionPay.Api.Data.Configurations;

internal sealed class UsedSignInLinkConfiguration : IEntityTypeConfiguration<UsedSignInLink>
{
    public void Configure(EntityTypeBuilder<UsedSignInLink> builder)
    {
        builder.ToTable("used_signin_links");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Email).HasMaxLength(200);
    }
}
