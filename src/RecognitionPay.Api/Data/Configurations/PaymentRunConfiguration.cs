using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecognitionPay.Domain.PaymentRuns;

namespace RecognitionPay.Api.Data.Configurations;

/// <summary>
/// Maps the domain's payment runs. A claim's amount is in at most one live run: a unique index over the claims of
/// live items, so repeated or concurrent runs can never pay anything twice.
/// </summary>
internal sealed class PaymentRunConfiguration : IEntityTypeConfiguration<PaymentRun>, IEntityTypeConfiguration<PaymentItem>, IEntityTypeConfiguration<PaymentItemClaim>
{
    public void Configure(EntityTypeBuilder<PaymentRun> builder)
    {
        builder.ToTable("payment_runs");
        builder.HasKey(r => r.Id);
        builder.Ignore(r => r.Total);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.CreatedBy).HasMaxLength(200);
        builder.Property(r => r.PaidBy).HasMaxLength(200);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.RunId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(r => r.Items).AutoInclude();
        builder.HasIndex(r => r.CreatedAt);
        builder.HasIndex(r => r.ScheduledFor).IsUnique();
    }

    public void Configure(EntityTypeBuilder<PaymentItem> builder)
    {
        builder.ToTable("payment_items");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Method).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.FailureReason).HasMaxLength(2000);
        builder.HasOne<Person>().WithMany().HasForeignKey(i => i.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Claims).WithOne().HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(i => i.Claims).AutoInclude();
        builder.HasIndex(i => new { i.PersonId, i.Status });
    }

    public void Configure(EntityTypeBuilder<PaymentItemClaim> builder)
    {
        builder.ToTable("payment_item_claims");
        builder.HasKey(c => new { c.ItemId, c.ClaimId });
        builder.HasOne<Domain.Claims.Claim>().WithMany().HasForeignKey(c => c.ClaimId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.ClaimId).IsUnique().HasFilter("\"Live\"").HasDatabaseName("ux_payment_item_claims_live_claim");
    }
}
