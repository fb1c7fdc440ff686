using NodaTime;
using RecognitionPay.Domain.Benefits;
using RecognitionPay.Domain.PaymentRuns;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Domain.Tests.Benefits;

/// <summary>
/// Over random people, claims and runs: nobody is paid more pay in any benefit period than their limit, and for every
/// claim paid + waived + still owed (deferred) is exactly what was approved.
/// </summary>
public sealed class CapPropertyTests
{
    private sealed record Person(PersonId Id, IReadOnlyList<BenefitDeclaration> Benefits, OverCapChoice Choice, Earnings Earnings);

    private sealed class Owed(ClaimId claimId, PersonId personId, Money pay, Money expenses)
    {
        public ClaimId ClaimId { get; } = claimId;

        public PersonId PersonId { get; } = personId;

        public Money Pay { get; } = pay;

        public Money Expenses { get; } = expenses;

        public Money PaidPay { get; set; }

        public Money PaidExpenses { get; set; }

        public Money Waived { get; set; }

        public PayableClaim Payable(PaymentMethod method) => new(ClaimId, PersonId, method, Pay - PaidPay - Waived, Expenses - PaidExpenses);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void No_period_is_ever_paid_over_its_limit_and_every_approved_penny_is_accounted_for(int seed)
    {
        var random = new Random(seed);
        var people = Enumerable.Range(0, 4).Select(_ => RandomPerson(random)).ToList();
        var claims = new List<Owed>();
        var payments = new List<(PersonId PersonId, LocalDate Date, Money Pay)>();
        var day = new LocalDate(2026, 3, 2);
        for (var week = 0; week < 20; week++, day = day.PlusWeeks(1))
        {
            for (var i = random.Next(0, 6); i > 0; i--)
            {
                var person = people[random.Next(people.Count)];
                claims.Add(new Owed(ClaimId.New(), person.Id, Money.FromPence(random.Next(0, 4) * 2500 + random.Next(0, 2000)), Money.FromPence(random.Next(0, 3) * random.Next(0, 1500))));
            }

            var paymentDate = day.PlusDays(random.Next(0, 7));
            var plan = PaymentRunPlanner.Plan(
                [.. claims.Select(c => c.Payable(PaymentMethod.BankTransfer))],
                id => PayeeOn(paymentDate, people.Single(p => p.Id == id)));
            foreach (var part in plan.Items.SelectMany(i => i.Claims))
            {
                var claim = claims.Single(c => c.ClaimId == part.ClaimId);
                (claim.PaidPay, claim.PaidExpenses) = (claim.PaidPay + part.Pay, claim.PaidExpenses + part.Expenses);
            }

            foreach (var waived in plan.Holdbacks.Where(h => h.Outcome == HoldbackOutcome.Waived))
            {
                claims.Single(c => c.ClaimId == waived.ClaimId).Waived += waived.Amount;
            }

            foreach (var (personId, pay) in plan.PayByPerson)
            {
                people.Single(p => p.Id == personId).Earnings.Count(paymentDate, pay);
                payments.Add((personId, paymentDate, pay));
            }
        }

        foreach (var person in people)
        {
            foreach (var declared in person.Benefits)
            {
                var rule = HeadroomTests.Policy.FindBenefit(declared.Kind)!;
                foreach (var payment in payments.Where(p => p.PersonId == person.Id))
                {
                    var limit = BenefitLimit.For(rule, declared.PeriodStart, declared.PersonalLimit, payment.Date, person.Earnings);
                    var paidInPeriod = limit.Period is { } period
                        ? payments.Where(p => p.PersonId == person.Id && period.Contains(p.Date)).Aggregate(Money.Zero, (sum, p) => sum + p.Pay)
                        : Money.Zero;
                    Assert.Equal(paidInPeriod, limit.Counted);
                    Assert.True(limit.Limit is not { } cap || paidInPeriod <= cap, $"{declared.Kind} paid {paidInPeriod} over {limit.Limit} in {limit.Period}");
                }
            }
        }

        Assert.All(claims, c =>
        {
            var deferred = c.Pay - c.PaidPay - c.Waived;
            Assert.False(deferred.IsNegative);
            Assert.Equal(c.Pay, c.PaidPay + c.Waived + deferred);
            Assert.Equal(c.Expenses, c.PaidExpenses);
            Assert.True(people.Single(p => p.Id == c.PersonId).Choice == OverCapChoice.Waive || c.Waived.IsZero);
        });
    }

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    private static Payee PayeeOn(LocalDate paymentDate, Person person) =>
        new(person.Choice, Headroom.For(HeadroomTests.Policy, person.Benefits, paymentDate, person.Earnings));

    private static Person RandomPerson(Random random)
    {
        var id = PersonId.New();
        var start = new LocalDate(2025, 1, 1).PlusDays(random.Next(0, 365));
        var kinds = new[] { "carers-allowance", "esa-permitted-work", "universal-credit", "pip" }.Where(_ => random.Next(3) == 0);
        var benefits = kinds
            .Select(kind => new BenefitDeclaration(kind, random.Next(2) == 0 ? start : null, random.Next(3) == 0 ? Money.FromPence(random.Next(0, 15000)) : null))
            .ToList();
        return new Person(id, benefits, random.Next(2) == 0 ? OverCapChoice.Defer : OverCapChoice.Waive, Earnings.For(id));
    }
}
