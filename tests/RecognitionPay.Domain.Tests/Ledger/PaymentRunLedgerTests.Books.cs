using NodaTime;
using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.Ledger;
using RecognitionPay.Domain.PaymentRuns;
using RecognitionPay.Domain.People;
using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Domain.Tests.Ledger;

public sealed partial class PaymentRunLedgerTests
{
    /// <summary>The claims, the runs and the journal, changed only as the slices change them.</summary>
    private sealed class Books
    {
        private readonly List<Claim> _claims = [];
        private readonly Dictionary<PersonId, PaymentMethod> _methods = [];
        private readonly List<PaymentRun> _runs = [];
        private readonly List<Posting> _journal = [];
        private Instant _now = Instant.FromUtc(2026, 6, 1, 8, 0);

        public IReadOnlyList<Claim> Claims => _claims;

        public int PostingCount => _journal.Count;

        public Money Approved => _claims.Aggregate(Money.Zero, (sum, c) => sum + c.Total);

        public TrialBalance Balance => TrialBalance.Of(_journal);

        /// <summary>What the person is owed: their payable account's credit balance.</summary>
        public Money Owed(PersonId personId) => -Balance.BalanceOf(Account.Payable(personId));

        public IEnumerable<Claim> ClaimsOf(PersonId personId) => _claims.Where(c => c.PersonId == personId && c.Total.Pence > 0);

        public void Approve((PersonId Id, string Email, PaymentMethod Method) person, ClaimToPrice toPrice)
        {
            var claim = TestClaim.Submitted(toPrice, person.Id, person.Email, Tick());
            claim.Approve("alex.approver@council.example", person.Email, Tick());
            _claims.Add(claim);
            _methods[person.Id] = person.Method;
            Post(Postings.ClaimApproved(claim));
            AssertEveryAccountHoldsWhatItShould();
        }

        public PaymentRun CreateRun()
        {
            var inLiveRuns = _runs.SelectMany(r => r.Items).SelectMany(i => i.Claims).Where(c => c.Live).Select(c => c.ClaimId).ToHashSet();
            var payable = _claims
                .Where(c => c.Status == ClaimStatus.Approved && !inLiveRuns.Contains(c.Id))
                .Select(c => new PayableClaim(c.Id, c.PersonId, _methods[c.PersonId], c.Involvement + c.Prep + c.Travel, c.ExpensesTotal));
            var at = Tick();
            var today = at.InUtc().Date;
            var run = PaymentRun.Create(PaymentRunId.New(), today, today.PlusDays(3), null, Payees.PlanUncapped(payable), at, "bea.finance@council.example");
            _runs.Add(run);
            foreach (var item in run.Items)
            {
                Post(Postings.PaymentItemCreated(item));
            }

            AssertEveryAccountHoldsWhatItShould();
            return run;
        }

        public PaymentItem FailItem(PaymentRun run, PersonId personId)
        {
            var item = run.FailItem(run.Items.Single(i => i.PersonId == personId).Id, "The bank says the account is closed.", Tick());
            Post(Postings.PaymentItemFailed(item));
            if (item.ReturnedByBank)
            {
                foreach (var claim in ClaimsIn(item))
                {
                    claim.PaymentReturned();
                }
            }

            AssertEveryAccountHoldsWhatItShould();
            return item;
        }

        public void MarkPaid(PaymentRun run)
        {
            run.MarkPaid(Tick(), "bea.finance@council.example", []);
            var paid = run.Items.Where(i => i.Status == PaymentItemStatus.Paid).ToList();
            foreach (var item in paid)
            {
                Post(Postings.PaymentItemPaid(item));
            }

            foreach (var claim in paid.SelectMany(ClaimsIn))
            {
                claim.MarkPaid();
            }

            AssertEveryAccountHoldsWhatItShould();
        }

        private IEnumerable<Claim> ClaimsIn(PaymentItem item) => item.Claims.Select(c => _claims.Single(claim => claim.Id == c.ClaimId));

        private Instant Tick() => _now += Duration.FromHours(1);

        private void Post(LedgerEntry? entry)
        {
            _journal.AddRange(entry?.Postings ?? []);
            var balance = Balance;
            Assert.Equal(balance.TotalDebit, balance.TotalCredit);
            Assert.Equal(0, balance.Accounts.Sum(a => a.Balance.Pence));
        }

        /// <summary>
        /// Each person is owed their approved claims not in a live item; in-transit holds the items not yet paid or
        /// failed; the bank has paid out the items paid and not returned.
        /// </summary>
        private void AssertEveryAccountHoldsWhatItShould()
        {
            var items = _runs.SelectMany(r => r.Items).ToList();
            var live = items.SelectMany(i => i.Claims).Where(c => c.Live).Select(c => c.ClaimId).ToHashSet();
            foreach (var personId in _methods.Keys)
            {
                var owed = _claims.Where(c => c.PersonId == personId && c.Status == ClaimStatus.Approved && !live.Contains(c.Id)).Sum(c => c.Total.Pence);
                Assert.Equal(Money.FromPence(owed), Owed(personId));
            }

            Assert.Equal(-items.Where(i => i.Status == PaymentItemStatus.Ready).Sum(i => i.Amount.Pence), Balance.BalanceOf(Account.InTransit).Pence);
            Assert.Equal(-items.Where(i => i.Status == PaymentItemStatus.Paid).Sum(i => i.Amount.Pence), Balance.BalanceOf(Account.Bank).Pence);
        }
    }
}
