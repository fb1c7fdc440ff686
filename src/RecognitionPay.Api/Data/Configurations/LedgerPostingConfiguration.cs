using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RecognitionPay.Api.Data.Configurations;

internal sealed class LedgerPostingConfiguration : IEntityTypeConfiguration<LedgerPostingRow>
{
    public void Configure(EntityTypeBuilder<LedgerPostingRow> builder)
    {
        builder.ToTable("ledger_postings", table =>
        {
            table.HasCheckConstraint("ck_ledger_postings_amount_positive", "\"AmountPence\" > 0");
            table.HasCheckConstraint("ck_ledger_postings_two_accounts", "\"DebitAccount\" <> \"CreditAccount\"");
        });
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Kind).HasMaxLength(40);
        builder.Property(p => p.DebitAccount).HasMaxLength(120);
        builder.Property(p => p.CreditAccount).HasMaxLength(120);
        builder.HasIndex(p => p.EntryId);
        builder.HasIndex(p => new { p.PersonId, p.At });
        builder.HasIndex(p => p.ClaimId);
    }
}
