using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecognitionPay.Domain.Activities;
using RecognitionPay.Domain.PaymentRuns;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Api.Data.Configurations;

/// <summary>
/// Maps the domain's payment runs: items, the parts of claims they pay, and the pay they held back. Runs never pay
/// anything twice because every run moves the running totals (<see cref="EarningsConfiguration"/>) of each person it
/// pays under a concurrency check, so of two runs reading the same claims only one can save.
/// </summary>
internal sealed class PaymentRunConfiguration : IEntityTypeConfiguration<PaymentRun>, IEntityTypeConfiguration<PaymentItem>, IEntityTypeConfiguration<PaymentItemClaim>, IEntityTypeConfiguration<PaymentHoldback>
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
        builder.HasMany(r => r.Holdbacks).WithOne().HasForeignKey(h => h.RunId).OnDelete(DeleteBehavior.Restrict);
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
        builder.HasIndex(c => c.ClaimId);
    }

    public void Configure(EntityTypeBuilder<PaymentHoldback> builder)
    {
        builder.ToTable("payment_holdbacks");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.BenefitKind).HasMaxLength(40);
        builder.Property(h => h.Reason).HasMaxLength(500);
        builder.HasOne<Person>().WithMany().HasForeignKey(h => h.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Claims.Claim>().WithMany().HasForeignKey(h => h.ClaimId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => h.ClaimId);
        builder.HasIndex(h => new { h.PersonId, h.RunId });
    }
}
