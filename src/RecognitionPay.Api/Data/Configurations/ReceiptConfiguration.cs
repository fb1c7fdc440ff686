using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Api.Data.Configurations;

internal sealed class ReceiptConfiguration : IEntityTypeConfiguration<Receipt>
{
    public void Configure(EntityTypeBuilder<Receipt> builder)
    {
        builder.ToTable("receipts");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.FileName).HasMaxLength(200);
        builder.Property(r => r.ContentType).HasMaxLength(40);
        builder.Property(r => r.UploadedBy).HasMaxLength(200);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId);
        builder.HasOne<Claim>().WithMany().HasForeignKey(r => r.ClaimId);
        builder.HasIndex(r => new { r.PersonId, r.ClaimId });
        builder.HasIndex(r => r.ClaimId);
    }
}

internal sealed class ReceiptContentConfiguration : IEntityTypeConfiguration<ReceiptContent>
{
    public void Configure(EntityTypeBuilder<ReceiptContent> builder)
    {
        builder.ToTable("receipt_contents");
        builder.HasKey(c => c.ReceiptId);
        builder.HasOne<Receipt>().WithOne().HasForeignKey<ReceiptContent>(c => c.ReceiptId).OnDelete(DeleteBehavior.Cascade);
    }
}
