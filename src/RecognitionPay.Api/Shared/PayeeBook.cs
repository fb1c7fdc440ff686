using System.Data.Common;
using NodaTime;
using RecognitionPay.Api.Data;
using RecognitionPay.Domain;
using RecognitionPay.Domain.Benefits;
using RecognitionPay.Domain.PaymentRuns;
using RecognitionPay.Domain.People;
using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Api.Shared;

/// <summary>A person a run may pay: how they are paid, what they chose for pay over a cap, their benefits and running totals.</summary>
public sealed record PayeeRecord(PersonId PersonId, PaymentMethod Method, OverCapChoice OverCapChoice, IReadOnlyList<BenefitDeclaration> Benefits, Earnings? Earnings)
{
    /// <summary>The payee as the planner sees it on <paramref name="paymentDate"/> under <paramref name="policy"/>.</summary>
    public Payee On(RecognitionPolicy policy, LocalDate paymentDate) =>
        new(OverCapChoice, Headroom.For(policy, Benefits, paymentDate, Earnings ?? Domain.Benefits.Earnings.For(PersonId)));
}

/// <summary>
/// Loads payees with only the running totals near a payment date, so the cost does not grow with history. Two plain
/// statements (<see cref="PlainSql"/>: a run asks for ten thousand people, once, and EF Core's translating the same
/// queries would cost more than reading them): the days near the date, then each person with their totals' version;
/// the people bound as one parameter, not one each.
/// </summary>
public sealed class PayeeBook(AppDbContext db)
{
    /// <param name="personIds">The people to load: for a run, those it owes something.</param>
    public async Task<IReadOnlyDictionary<PersonId, PayeeRecord>> OfAsync(IReadOnlyCollection<PersonId> personIds, LocalDate paymentDate, CancellationToken cancellationToken)
    {
        var window = Earnings.WindowAround(paymentDate);
        void People(DbCommand command) => db.BindPeople(command, "@people", personIds);
        var date = db.Reader<EarningsDay, LocalDate>(nameof(EarningsDay.Date));
        var pay = db.Reader<EarningsDay, Money>(nameof(EarningsDay.Pay));
        var days = (await db.ReadAsync(
                $"""SELECT d."PersonId", d."Date", d."Pay" FROM earnings_days d WHERE {db.IsOneOf("d.\"PersonId\"", "@people")} AND d."Date" >= @start AND d."Date" <= @end""",
                command =>
                {
                    People(command);
                    db.Bind<EarningsDay>(command, "@start", nameof(EarningsDay.Date), window.Start);
                    db.Bind<EarningsDay>(command, "@end", nameof(EarningsDay.Date), window.End);
                },
                row => new EarningsDay(new PersonId(row.GetGuid(0)), date(row, 1), pay(row, 2)),
                cancellationToken))
            .ToLookup(d => d.PersonId);
        var method = db.Reader<Person, PaymentMethod>(nameof(Person.PaymentMethod));
        var overCap = db.Reader<Person, OverCapChoice>(nameof(Person.OverCapChoice));
        var benefits = db.Reader<Person, IReadOnlyList<BenefitDeclaration>>(nameof(Person.Benefits));
        return (await db.ReadAsync(
                $"""
                SELECT p."Id", p."PaymentMethod", p."OverCapChoice", p."Benefits", e."Version"
                FROM people p LEFT JOIN earnings e ON e."PersonId" = p."Id"
                WHERE {db.IsOneOf("p.\"Id\"", "@people")}
                """,
                People,
                row =>
                {
                    var personId = new PersonId(row.GetGuid(0));
                    var earnings = row.IsDBNull(4) ? null : Earnings.Stored(personId, row.GetInt64(4), days[personId]);
                    return new PayeeRecord(personId, method(row, 1), overCap(row, 2), benefits(row, 3), earnings);
                },
                cancellationToken))
            .ToDictionary(p => p.PersonId);
    }
}
