using RecognitionPay.Domain.Benefits;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Domain.PaymentRuns;

/// <summary>
/// What a claim still owes: its involvement pay (involvement, preparation and travel time, which DWP counts as
/// earnings) and its expenses (never capped, never counted), not yet paid, waived or in a live run.
/// </summary>
public sealed record PayableClaim(ClaimId ClaimId, PersonId PersonId, PaymentMethod Method, Money Pay, Money Expenses)
{
    public Money Amount => Pay + Expenses;
}

/// <summary>
/// Claims of one person that no run has touched (no part paid or being paid, no pay held back), each owed in full: how
/// many, and what they come to. When their pay fits the person's room a run pays them all whole, so it need not plan
/// them one by one.
/// </summary>
public sealed record OwedInFull(PersonId PersonId, PaymentMethod Method, int Claims, Money Pay, Money Expenses)
{
    public Money Amount => Pay + Expenses;
}

/// <summary>A person a run may pay: the room their benefits leave on its payment date, and what they chose for pay over it.</summary>
public sealed record Payee(OverCapChoice OverCapChoice, Headroom Headroom)
{
    /// <summary>True when <paramref name="pay"/> can all be paid on the payment date: nothing of it is over a limit.</summary>
    public bool Fits(Money pay) => Headroom.Room is not { } room || pay <= room;
}

/// <summary>The part of one claim an item pays.</summary>
public sealed record PlannedClaim(ClaimId ClaimId, Money Pay, Money Expenses)
{
    public Money Amount => Pay + Expenses;
}

/// <summary>
/// What one person will be paid by one method in a run: parts of the claims it lists, or (<paramref name="InFull"/>)
/// every claim of theirs no run has touched, whole.
/// </summary>
public sealed record PlannedItem(PersonId PersonId, PaymentMethod Method, IReadOnlyList<PlannedClaim> Claims, OwedInFull? InFull = null)
{
    public Money Amount => Claims.Aggregate(InFull?.Amount ?? Money.Zero, (sum, c) => sum + c.Amount);

    public Money Pay => Claims.Aggregate(InFull?.Pay ?? Money.Zero, (sum, c) => sum + c.Pay);
}

/// <summary>Pay over a benefits limit that a run did not pay: deferred to a later run or waived, and the limit that held it back.</summary>
public sealed record PlannedHoldback(PersonId PersonId, ClaimId ClaimId, Money Amount, HoldbackOutcome Outcome, BenefitLimit Limit)
{
    /// <summary>"£92 deferred to a later payment: it was over the Carer's Allowance limit of ...".</summary>
    public string Reason => PaymentHoldback.Sentence(Amount, Outcome, $"it was over {PeriodWording.Limit(Limit)}.");
}

/// <summary>A run's plan: the items it pays, the pay it holds back, and each person it considered with the pay it counts for them.</summary>
public sealed record RunPlan(IReadOnlyList<PlannedItem> Items, IReadOnlyList<PlannedHoldback> Holdbacks, IReadOnlyDictionary<PersonId, Money> PayByPerson);

/// <summary>
/// Plans a run: each person's claims, oldest first, are paid their expenses in full and their pay up to the room left
/// by the person's benefits on the payment date; the rest is deferred or waived as the person chose. Claims are then
/// gathered into one item per person and payment method. People paid by no method are left out. A person whose
/// untouched claims come as one <see cref="OwedInFull"/> (which must fit their room, and be all they are owed) gets one
/// item paying them whole.
/// </summary>
public static class PaymentRunPlanner
{
    public static RunPlan Plan(IEnumerable<PayableClaim> payable, Func<PersonId, Payee> payeeOf, IEnumerable<OwedInFull>? inFull = null)
    {
        var items = new List<PlannedItem>();
        var holdbacks = new List<PlannedHoldback>();
        var payByPerson = new Dictionary<PersonId, Money>();
        var claims = payable.Where(p => p.Method != PaymentMethod.None && !p.Amount.IsZero).ToLookup(p => p.PersonId);
        var whole = (inFull ?? []).Where(w => w.Method != PaymentMethod.None && !w.Amount.IsZero).ToDictionary(w => w.PersonId);
        foreach (var personId in claims.Select(g => g.Key).Concat(whole.Keys).Order())
        {
            var payee = payeeOf(personId);
            if (whole.TryGetValue(personId, out var owed))
            {
                if (claims.Contains(personId) || !payee.Fits(owed.Pay))
                {
                    throw new ArgumentException($"Claims owed in full are paid whole only when they are all a person is owed and fit their room; {personId}'s are not.", nameof(inFull));
                }

                items.Add(new PlannedItem(personId, owed.Method, [], owed));
                payByPerson[personId] = owed.Pay;
                continue;
            }

            var person = claims[personId];
            var room = payee.Headroom.Room;
            var planned = new List<(PaymentMethod Method, PlannedClaim Claim)>();
            foreach (var claim in person.OrderBy(c => c.ClaimId))
            {
                var pay = room is { } left ? Money.Min(claim.Pay, left) : claim.Pay;
                room -= pay;
                if (!(pay + claim.Expenses).IsZero)
                {
                    planned.Add((claim.Method, new PlannedClaim(claim.ClaimId, pay, claim.Expenses)));
                }

                if (claim.Pay > pay)
                {
                    var outcome = payee.OverCapChoice == OverCapChoice.Waive ? HoldbackOutcome.Waived : HoldbackOutcome.Deferred;
                    holdbacks.Add(new PlannedHoldback(personId, claim.ClaimId, claim.Pay - pay, outcome, payee.Headroom.Binding!));
                }
            }

            items.AddRange(planned.GroupBy(p => p.Method).OrderBy(g => g.Key).Select(g => new PlannedItem(personId, g.Key, [.. g.Select(p => p.Claim)])));
            payByPerson[personId] = planned.Aggregate(Money.Zero, (sum, p) => sum + p.Claim.Pay);
        }

        return new RunPlan(items, holdbacks, payByPerson);
    }
}
