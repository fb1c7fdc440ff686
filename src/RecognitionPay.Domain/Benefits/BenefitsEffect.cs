using NodaTime;
using RecognitionPay.Domain.PaymentRuns;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Domain.Benefits;

/// <summary>
/// What the next payment run would do with a claim, given the person's benefits, what is already counted and what
/// they are already owed: how much is paid, deferred or waived, which limit applies and how much room is left.
/// </summary>
public sealed record BenefitsEffect(Headroom Before, Money Paid, Money Deferred, Money Waived, Money Expenses)
{
    public LocalDate PaymentDate => Before.PaymentDate;

    /// <summary>The limits once this claim's paid part is counted.</summary>
    public Headroom After => Before.After(Paid);

    /// <summary>The limit that holds pay back, if any does.</summary>
    public BenefitLimit? Applies => Before.Binding;

    /// <summary>
    /// The next run for the person: what they are already owed (<paramref name="owedPay"/>) is paid first, as the
    /// planner pays older claims first, then as much of this claim's <paramref name="pay"/> as the room left allows.
    /// </summary>
    public static BenefitsEffect Project(Payee payee, Money owedPay, Money pay, Money expenses)
    {
        var before = payee.Headroom.After(payee.Headroom.Room is { } room ? Money.Min(owedPay, room) : owedPay);
        var paid = before.Room is { } left ? Money.Min(pay, left) : pay;
        var over = pay - paid;
        return payee.OverCapChoice == OverCapChoice.Waive
            ? new BenefitsEffect(before, paid, Money.Zero, over, expenses)
            : new BenefitsEffect(before, paid, over, Money.Zero, expenses);
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
