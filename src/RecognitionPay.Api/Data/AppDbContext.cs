using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using RecognitionPay.Api.Data.Conversions;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Activities;
using RecognitionPay.Domain.Benefits;
using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.PaymentRuns;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Api.Data;

/// <summary>The state of record. One subclass per provider carries that provider's migrations.</summary>
public abstract class AppDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<PublishedPolicy> Policies => Set<PublishedPolicy>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Activity> Activities => Set<Activity>();

    public DbSet<Claim> Claims => Set<Claim>();

    public DbSet<LedgerPostingRow> LedgerPostings => Set<LedgerPostingRow>();

    public DbSet<IdempotencyRecord> IdempotencyKeys => Set<IdempotencyRecord>();

    public DbSet<PaymentRun> PaymentRuns => Set<PaymentRun>();

    public DbSet<PaymentItem> PaymentItems => Set<PaymentItem>();

    public DbSet<PaymentItemClaim> PaymentItemClaims => Set<PaymentItemClaim>();

    public DbSet<PaymentHoldback> PaymentHoldbacks => Set<PaymentHoldback>();

    public DbSet<Earnings> Earnings => Set<Earnings>();

    public DbSet<BankHoliday> BankHolidays => Set<BankHoliday>();

    public DbSet<UsedSignInLink> UsedSignInLinks => Set<UsedSignInLink>();

    public DbSet<ClaimDraft> ClaimDrafts => Set<ClaimDraft>();

    public DbSet<Receipt> Receipts => Set<Receipt>();

    public DbSet<ReceiptContent> ReceiptContents => Set<ReceiptContent>();

    /// <summary>Data Protection's keys, shared by every node so any of them can read bank details.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateConverter>();
        configurationBuilder.Properties<Instant>().HaveConversion<InstantConverter>();
        configurationBuilder.Properties<Money>().HaveConversion<MoneyConverter>();
        configurationBuilder.Properties<PersonId>().HaveConversion<PersonIdConverter>();
        configurationBuilder.Properties<ClaimId>().HaveConversion<ClaimIdConverter>();
        configurationBuilder.Properties<ActivityId>().HaveConversion<ActivityIdConverter>();
        configurationBuilder.Properties<PaymentRunId>().HaveConversion<PaymentRunIdConverter>();
        configurationBuilder.Properties<PaymentItemId>().HaveConversion<PaymentItemIdConverter>();
        configurationBuilder.Properties<Actor>().HaveConversion<ActorConverter>().HaveMaxLength(Actor.MaxLength);
    }
}

/// <summary>The embedded default: one SQLite file.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

/// <summary>Scale-out: PostgreSQL shared by any number of nodes.</summary>
public sealed class PostgreSqlAppDbContext(DbContextOptions<PostgreSqlAppDbContext> options) : AppDbContext(options);
