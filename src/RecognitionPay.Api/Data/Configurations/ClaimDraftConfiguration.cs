using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Api.Data.Configurations;

internal sealed class ClaimDraftConfiguration : IEntityTypeConfiguration<ClaimDraft>
{
    public void Configure(EntityTypeBuilder<ClaimDraft> builder)
    {
        builder.ToTable("claim_drafts");
        builder.HasKey(d => d.PersonId);
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId);
    }
}
