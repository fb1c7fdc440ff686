using NodaTime;
using RecognitionPay.Domain.Claims;
using RecognitionPay.Domain.Ledger;
using RecognitionPay.Domain.Pricing;

namespace RecognitionPay.Domain.Tests.Ledger;

/// <summary>
/// Random but repeatable histories of claims (submitted, approved, rejected, returned, withdrawn, resubmitted, by the
/// right people and the wrong ones), posting each approval as ApproveClaim does. After every step the trial balance
/// balances and each person's payable is exactly what they were approved (design.md, "The ledger").
/// </summary>
public sealed class LedgerPropertyTests
{
    private const int Steps = 200;

    private static readonly string[] Staff = ["ali.approver@council.example", "bea.finance@council.example", "cal.clerk@council.example"];

    private static readonly (PersonId Id, string Email)[] People =
    [
        (new PersonId(new Guid("11111111-1111-4111-8111-111111111111")), "sam.carter@example.org"),
        (new PersonId(new Guid("22222222-2222-4222-8222-222222222222")), "kim.lee@example.org"),
        (new PersonId(new Guid("33333333-3333-4333-8333-333333333333")), "ola.ade@example.org"),
    ];

    /// <summary>Claims to choose from, including some that come to nothing and post nothing when approved.</summary>
    private static readonly ClaimToPrice[] Claims =
    [
        TestClaim.For("meeting", 90, prepMinutes: 60, travelMinutes: 60, expenses: [TestClaim.Fare(640, hasReceipt: true), TestClaim.OnlineData()]),
        TestClaim.For("meeting", 120),
        TestClaim.For("workshop", 300, expenses: [TestClaim.Fare(640), TestClaim.CarMiles(124), TestClaim.Fare(360)]),
        TestClaim.For("survey", 0),
        TestClaim.For("social", 120, expenses: [TestClaim.OnlineData()]),
        TestClaim.For("meeting", 90, expenses: [TestClaim.Fare(250)], recognition: Recognition.Decline),
        TestClaim.For("meeting", 90, prepMinutes: 30, recognition: Recognition.Decline),
        TestClaim.For("social", 60),
    ];

    private static readonly PricedClaim[] Priced = [.. Claims.Select(TestClaim.Priced)];

    private enum Act
    {
        Submit,
        Approve,
        Reject,
        Return,
        Withdraw,
        Resubmit,
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(13)]
    [InlineData(21)]
    [InlineData(34)]
    [InlineData(55)]
    [InlineData(89)]
    [InlineData(144)]
    [InlineData(233)]
    [InlineData(377)]
    [InlineData(610)]
    [InlineData(987)]
    [InlineData(1597)]
    [InlineData(2584)]
    [InlineData(4181)]
    [InlineData(6765)]
    [InlineData(10946)]
    public void After_every_step_the_ledger_balances_and_each_person_is_owed_exactly_what_was_approved(int seed)
    {
        var history = new History(seed);

        for (var step = 1; step <= Steps; step++)
        {
            history.TakeAStep($"seed {seed}, step {step}");
        }

        Assert.True(history.Posted > 0, $"seed {seed}: no approval posted anything");
        Assert.True(history.Refused > 0, $"seed {seed}: nothing was refused");
    }

    /// <summary>One history: the claims so far, who each belongs to, and the journal of postings.</summary>
    private sealed class History(int seed)
    {
        private readonly Random _random = new(seed);
        private readonly List<(Claim Claim, string ClaimantEmail)> _claims = [];
        private readonly List<Posting> _journal = [];
        private Instant _now = Instant.FromUtc(2025, 6, 3, 9, 0);

        public int Posted { get; private set; }

        public int Refused { get; private set; }

        public void TakeAStep(string where)
        {
            _now += Duration.FromMinutes(_random.Next(1, 24 * 60));
            var act = _claims.Count == 0 ? Act.Submit : (Act)_random.Next(6);
            if (act == Act.Submit)
            {
                Submit();
            }
            else
            {
                Change(act, where);
            }

            AssertTheLedgerAgreesWithTheClaims(where);
        }

        private void Submit()
        {
            var (personId, email) = People[_random.Next(People.Length)];
            var submitter = _random.Next(2) == 0 ? email : Pick(Staff);
            var which = _random.Next(Claims.Length);
            var claim = Claim.Submit(NewId(), personId, null, TestClaim.DetailsOf(Claims[which]), Priced[which], submitter, _now);
            _claims.Add((claim, email));
        }

        private void Change(Act act, string where)
        {
            var (claim, claimant) = PickAClaim();
            var before = ClaimState.Of(claim);
            var (change, allowed) = act switch
            {
                Act.Approve => Approve(claim, claimant),
                Act.Reject => Decide(claim, claim.Reject),
                Act.Return => Decide(claim, claim.Return),
                Act.Withdraw => Withdraw(claim, claimant),
                _ => Resubmit(claim, claimant),
            };

            try
            {
                change();
            }
            catch (ClaimRefusal refusal)
            {
                Refused++;
                Assert.False(allowed, $"{where}: {act} of a {before.Status} claim was refused ({refusal.Code}) but is allowed");
                Assert.True(before == ClaimState.Of(claim), $"{where}: a refused {act} ({refusal.Code}) changed the claim");
                return;
            }

            Assert.True(allowed, $"{where}: {act} of a {before.Status} claim was allowed but should be refused");
            Assert.True(claim.Version == before.Version + 1, $"{where}: {act} took version {before.Version} to {claim.Version}");
            if (act == Act.Approve)
            {
                Post(claim, where);
            }
        }

        /// <summary>Approves as ApproveClaim does: the claim's change and its posting together.</summary>
        private void Post(Claim claim, string where)
        {
            var entry = Postings.ClaimApproved(claim);
            Assert.True((entry?.Total ?? Money.Zero) == claim.Total, $"{where}: approving {claim.Total} posted {entry?.Total}");
            if (entry is not null)
            {
                _journal.AddRange(entry.Postings);
                Posted++;
            }
        }

        private (Action, bool) Approve(Claim claim, string claimant)
        {
            var approver = _random.Next(4) switch
            {
                0 or 1 => Pick(Staff),
                2 => InAnyCase(claim.SubmittedBy.Name),
                _ => InAnyCase(claimant),
            };
            var allowed = claim.Status == ClaimStatus.Submitted
                && !approver.Equals(claim.SubmittedBy.Name, StringComparison.OrdinalIgnoreCase)
                && !approver.Equals(claimant, StringComparison.OrdinalIgnoreCase);
            return (() => claim.Approve(approver, claimant, _now), allowed);
        }

        private (Action, bool) Decide(Claim claim, Action<Actor, string, Instant> decide)
        {
            var reason = _random.Next(5) == 0 ? Pick(["", "  ", "\t"]) : $"  Reason {_random.Next(100)} ";
            var decider = Pick(Staff);
            var allowed = claim.Status == ClaimStatus.Submitted && !string.IsNullOrWhiteSpace(reason);
            return (() => decide(decider, reason, _now), allowed);
        }

        private (Action, bool) Withdraw(Claim claim, string claimant)
        {
            var by = _random.Next(2) == 0 ? claimant : Pick(Staff);
            var allowed = claim.Status is ClaimStatus.Submitted or ClaimStatus.Returned;
            return (() => claim.Withdraw(by, _now), allowed);
        }

        private (Action, bool) Resubmit(Claim claim, string claimant)
        {
            var by = _random.Next(2) == 0 ? claimant : Pick(Staff);
            var which = _random.Next(Claims.Length);
            var allowed = claim.Status == ClaimStatus.Returned;
            return (() => claim.Resubmit(TestClaim.DetailsOf(Claims[which]), Priced[which], by, _now), allowed);
        }

        private void AssertTheLedgerAgreesWithTheClaims(string where)
        {
            var balance = TrialBalance.Of(_journal);
            Assert.True(balance.TotalDebit == balance.TotalCredit, $"{where}: debits {balance.TotalDebit} but credits {balance.TotalCredit}");

            var approvedInAll = Money.Zero;
            foreach (var (personId, email) in People)
            {
                var approved = _claims
                    .Where(c => c.Claim.PersonId == personId && c.Claim.Status == ClaimStatus.Approved)
                    .Aggregate(Money.Zero, (sum, c) => sum + c.Claim.Total);
                var owed = -balance.BalanceOf(Account.Payable(personId));
                Assert.True(owed == approved, $"{where}: {email} is owed {owed} but was approved {approved}");
                approvedInAll += approved;
            }

            var expensed = balance.Accounts
                .Where(a => a.Account.Name.StartsWith("expense:", StringComparison.Ordinal))
                .Aggregate(Money.Zero, (sum, a) => sum + a.Balance);
            Assert.True(expensed == approvedInAll, $"{where}: {expensed} expensed but {approvedInAll} approved");
        }

        /// <summary>Mostly a claim still open to change, so histories go somewhere; sometimes any claim at all.</summary>
        private (Claim Claim, string ClaimantEmail) PickAClaim()
        {
            var open = _claims.Where(c => c.Claim.Status is ClaimStatus.Submitted or ClaimStatus.Returned).ToList();
            return open.Count > 0 && _random.Next(4) != 0 ? Pick(open) : Pick(_claims);
        }

        private T Pick<T>(IReadOnlyList<T> from) => from[_random.Next(from.Count)];

        private string InAnyCase(string email) => _random.Next(3) switch
        {
            0 => email,
            1 => email.ToUpperInvariant(),
            _ => char.ToUpperInvariant(email[0]) + email[1..],
        };

        private ClaimId NewId()
        {
            var bytes = new byte[16];
            _random.NextBytes(bytes);
            return new ClaimId(new Guid(bytes));
        }
    }
}
