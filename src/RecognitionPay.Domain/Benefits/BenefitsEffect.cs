using NodaTime;
using RecognitionPay.Domain.PaymentRuns;
using RecognitionPay.Domain.People;
using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Domain.Benefits;

/// <summary>
/// What the next payment run would do with a claim, given the person's benefits, what is already counted and what
/// they are already owed: how much is paid, deferred or waived, which limit applies and how much room is left.
/// </summary>
public sealed record BenefitsEffect(Headroom Before, Money Paid, Money Deferred, Money Waived, Money Expenses)
{
    /// <summary>A claim not yet made: it comes after everything the person is already owed.</summary>
    private static readonly Guid ThisClaim = Guid.Parse("ffffffff-ffff-ffff-ffff-ffffffffffff");

    public LocalDate PaymentDate => Before.PaymentDate;

    /// <summary>The limits once this claim's paid part is counted.</summary>
    public Headroom After => Before.After(Paid);

    /// <summary>The limit that holds pay back, if any does.</summary>
    public BenefitLimit? Applies => Before.Binding;

    /// <summary>
    /// Plans the next run for the person with <paramref name="owed"/> (what they are already owed, oldest first) and
    /// this claim's <paramref name="pay"/> and <paramref name="expenses"/> last.
    /// </summary>
    public static BenefitsEffect Project(Payee payee, IEnumerable<PayableClaim> owed, Money pay, Money expenses)
    {
        var earlier = owed.Select(c => c with { PersonId = Guid.Empty, Method = PaymentMethod.BankTransfer }).ToList();
        var plan = PaymentRunPlanner.Plan([.. earlier, new PayableClaim(ThisClaim, Guid.Empty, PaymentMethod.BankTransfer, pay, expenses)], _ => payee);
        var paidEarlier = plan.Items.SelectMany(i => i.Claims).Where(c => c.ClaimId != ThisClaim).Aggregate(Money.Zero, (sum, c) => sum + c.Pay);
        var paid = plan.Items.SelectMany(i => i.Claims).Where(c => c.ClaimId == ThisClaim).Aggregate(Money.Zero, (sum, c) => sum + c.Pay);
        var heldBack = plan.Holdbacks.Where(h => h.ClaimId == ThisClaim).Aggregate(Money.Zero, (sum, h) => sum + h.Amount);
        var waive = payee.OverCapChoice == OverCapChoice.Waive;
        return new BenefitsEffect(payee.Headroom.After(paidEarlier), paid, waive ? Money.Zero : heldBack, waive ? heldBack : Money.Zero, expenses);
    }

    /// <summary>Short plain sentences: when, each benefit's limit and room, and what happens to this claim's pay.</summary>
    public IReadOnlyList<string> Sentences
    {
        get
        {
            var sentences = new List<string> { $"The next payment is due on {PeriodWording.Day(PaymentDate)}." };
            sentences.AddRange(Before.Limits.Select(Describe));
            var pay = Paid + Deferred + Waived;
            if (!Deferred.IsZero)
            {
                sentences.Add($"{Paid} of the pay will be paid then. {Deferred} is over {PeriodWording.Limit(Applies!)} and will wait for a later payment.");
            }
            else if (!Waived.IsZero)
            {
                sentences.Add($"{Paid} of the pay will be paid then. {Waived} is over {PeriodWording.Limit(Applies!)} and will not be paid, as you chose.");
            }
            else if (!pay.IsZero)
            {
                sentences.Add($"All {pay} of the pay fits, so it will be paid then.");
            }

            if (!Expenses.IsZero)
            {
                sentences.Add($"{Expenses} of expenses will be paid in full. Expenses never count as earnings.");
            }

            return sentences;
        }
    }

    private static string Describe(BenefitLimit limit) => limit switch
    {
        { Period: null } => $"{limit.Rule.Name} is not affected by this pay.",
        { Limit: null, Period: { } period } => $"{limit.Rule.Name} has no earnings limit here, but this pay counts as earnings in {PeriodWording.Period(limit.Rule.Period, period)}.",
        { Limit: { } amount, Period: { } period } => $"{limit.Rule.Name}: you can earn {amount} in {PeriodWording.Period(limit.Rule.Period, period)}. {limit.Counted} is counted or owed already, so {limit.Room} is left.",
    };
}
