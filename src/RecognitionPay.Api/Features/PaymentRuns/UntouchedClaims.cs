using System.Data.Common;
using RecognitionPay.Api.Data;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.PaymentRuns;

namespace RecognitionPay.Api.Features.PaymentRuns;

/// <summary>
/// Approved claims no run has touched (no part paid or being paid, no pay held back), set-based, so a run over a
/// backlog of thousands of claims neither reads nor writes them one by one: each person's owed claims summed, and the
/// parts paying untouched claims whole written in one INSERT ... SELECT, read back as written. Such a claim is owed
/// what <see cref="ClaimBalance"/> says of a claim with no parts and nothing waived: its pay (involvement,
/// preparation, travel time) and its expenses. Claims owing nothing are never in a run.
/// </summary>
public sealed class UntouchedClaims(AppDbContext db)
{
    /// <summary>One person's approved claims owing something: how many, and their sums; <paramref name="Untouched"/> when no run has touched any.</summary>
    public sealed record Owing(PersonId PersonId, bool Untouched, int Claims, Money Pay, Money Expenses);

    private const string Pay = """(c."Involvement" + c."Prep" + c."Travel")""";

    private const string Owed = $"""c."Status" = @approved AND {Pay} + c."ExpensesTotal" <> 0""";

    private const string Touched = """
        EXISTS (SELECT 1 FROM payment_item_claims p WHERE p."ClaimId" = c."Id")
        OR EXISTS (SELECT 1 FROM payment_holdbacks h WHERE h."ClaimId" = c."Id")
        """;

    /// <summary>Everyone owed something by an approved claim, with their sums (whole only where <see cref="Owing.Untouched"/>).</summary>
    public Task<List<Owing>> ByPersonAsync(CancellationToken cancellationToken) =>
        ReadAsync(
            $"""
            SELECT o."PersonId", CAST(MIN(o.untouched) AS BIGINT), CAST(COUNT(*) AS BIGINT), CAST(SUM(o.pay) AS BIGINT), CAST(SUM(o.expenses) AS BIGINT)
            FROM (SELECT c."PersonId", CASE WHEN {Touched} THEN 0 ELSE 1 END AS untouched, {Pay} AS pay, c."ExpensesTotal" AS expenses FROM claims c WHERE {Owed}) o
            GROUP BY o."PersonId"
            """,
            _ => { },
            row => new Owing(new PersonId(row.GetGuid(0)), row.GetInt64(1) == 1, checked((int)row.GetInt64(2)), Money.FromPence(row.GetInt64(3)), Money.FromPence(row.GetInt64(4))),
            cancellationToken);

    /// <summary>The claims owing something of <paramref name="people"/> (people whose claims are all untouched), by person, oldest first.</summary>
    public async Task<ILookup<PersonId, ClaimId>> IdsAsync(IReadOnlyCollection<PersonId> people, CancellationToken cancellationToken)
    {
        var ids = people.Count == 0 ? [] : await ReadAsync(
            $"""SELECT c."PersonId", c."Id" FROM claims c WHERE {Owed} AND {db.IsOneOf("c.\"PersonId\"", "@people")}""",
            command => db.BindPeople(command, "@people", people),
            row => (PersonId: new PersonId(row.GetGuid(0)), ClaimId: new ClaimId(row.GetGuid(1))),
            cancellationToken);
        return ids.OrderBy(c => c.ClaimId).ToLookup(c => c.PersonId, c => c.ClaimId);
    }

    /// <summary>
    /// Inside the run's transaction, once the items paying people whole are written and before any other item of the run:
    /// a part paying each claim owing something whole for the run's item of the claim's person, every part as written
    /// (<see cref="PaymentRun.RecordInFull"/> checks they are the claims planned, all untouched). The run's items lead the
    /// join (CROSS JOIN keeps SQLite to that order; PostgreSQL plans it as any join): led by the claims, SQLite would
    /// search the run's items for each claim.
    /// </summary>
    public Task<List<StoredPart>> PayWholeAsync(PaymentRunId runId, CancellationToken cancellationToken) =>
        ReadAsync(
            $"""
            INSERT INTO payment_item_claims ("ItemId", "ClaimId", "Pay", "Amount", "Live")
            SELECT i."Id", c."Id", {Pay}, {Pay} + c."ExpensesTotal", @live
            FROM payment_items i CROSS JOIN claims c
            WHERE i."RunId" = @run AND c."PersonId" = i."PersonId" AND {Owed}
            RETURNING "ItemId", "ClaimId", "Pay", "Amount"
            """,
            command =>
            {
                db.Bind<PaymentItem>(command, "@run", nameof(PaymentItem.RunId), runId);
                db.Bind<PaymentItemClaim>(command, "@live", nameof(PaymentItemClaim.Live), true);
            },
            row => new StoredPart(new PaymentItemId(row.GetGuid(0)), new ClaimId(row.GetGuid(1)), Money.FromPence(row.GetInt64(2)), Money.FromPence(row.GetInt64(3))),
            cancellationToken);

    /// <summary>Runs <paramref name="sql"/> with the approved status and <paramref name="bind"/>'s parameters bound, and reads every row.</summary>
    private Task<List<TRow>> ReadAsync<TRow>(string sql, Action<DbCommand> bind, Func<DbDataReader, TRow> read, CancellationToken cancellationToken) =>
        db.ReadAsync(
            sql,
            command =>
            {
                db.Bind<Claim>(command, "@approved", nameof(Claim.Status), ClaimStatus.Approved);
                bind(command);
            },
            read,
            cancellationToken);
}
