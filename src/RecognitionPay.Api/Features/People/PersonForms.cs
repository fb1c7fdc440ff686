using NodaTime;
using NodaTime.Text;
using RecognitionPay.Api.PageParts;
using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Api.Features.People;

/// <summary>How a person is paid, as the staff pages ask it: the method, the bank account, what happens to pay over a cap.</summary>
public sealed class PaymentDetailsForm
{
    public string? PaymentMethod { get; set; }

    public string? AccountName { get; set; }

    public string? SortCode { get; set; }

    public string? AccountNumber { get; set; }

    public string? OverCapChoice { get; set; } = "defer";

    public bool EligibleForPayment { get; set; } = true;

    /// <summary>
    /// The account typed, sent for a bank transfer only; with nothing typed, none is sent, so a change keeps the
    /// account the person has (and registering by bank transfer is refused for want of one).
    /// </summary>
    public BankAccountInput? BankAccount =>
        PaymentMethod == "bank-transfer" && !string.IsNullOrWhiteSpace(AccountName + SortCode + AccountNumber)
            ? new(AccountName, SortCode?.Trim(), AccountNumber?.Trim())
            : null;

    public static PaymentDetailsForm From(IFormCollection form) => new()
    {
        PaymentMethod = form["paymentMethod"].FirstOrDefault(),
        AccountName = form["accountName"].FirstOrDefault(),
        SortCode = form["sortCode"].FirstOrDefault(),
        AccountNumber = form["accountNumber"].FirstOrDefault(),
        OverCapChoice = form["overCapChoice"].FirstOrDefault(),
        EligibleForPayment = form["eligibleForPayment"] == "true",
    };

    public static PaymentDetailsForm Of(PersonView person) => new()
    {
        PaymentMethod = person.PaymentMethod,
        OverCapChoice = person.OverCapChoice,
        EligibleForPayment = person.EligibleForPayment,
    };

    /// <summary>The page's field for a path a validator names: "bankAccount.sortCode" is the sort code box.</summary>
    public static string FieldFor(string path) => path.Split('.')[^1] switch
    {
        "bankAccount" => "accountName",
        var field => field,
    };
}

/// <summary>The benefits a person declares, one checkbox for each benefit the policy in force knows, with its period start and a personal limit.</summary>
public sealed class BenefitsForm
{
    public IReadOnlyList<string> Kinds { get; private init; } = [];

    public IReadOnlyDictionary<string, string?> Starts { get; private init; } = new Dictionary<string, string?>();

    public IReadOnlyDictionary<string, string?> Limits { get; private init; } = new Dictionary<string, string?>();

    /// <summary>The benefits the policy in force today knows, to choose from.</summary>
    public static async Task<IReadOnlyList<BenefitRule>> RulesAsync(RecognitionPay.Api.Shared.PolicyBook policies, NodaTime.IClock clock, CancellationToken cancellationToken) =>
        (await policies.InForceOnAsync(Domain.Time.LondonCalendar.Today(clock), cancellationToken))?.Benefits ?? [];

    public static BenefitsForm From(IFormCollection form) => new()
    {
        Kinds = [.. form["benefit"].OfType<string>()],
        Starts = form.Keys.Where(k => k.StartsWith("start-", StringComparison.Ordinal)).ToDictionary(k => k["start-".Length..], k => (string?)form[k].ToString()),
        Limits = form.Keys.Where(k => k.StartsWith("limit-", StringComparison.Ordinal)).ToDictionary(k => k["limit-".Length..], k => (string?)form[k].ToString()),
    };

    public static BenefitsForm Of(PersonView person) => new()
    {
        Kinds = [.. person.Benefits.Select(b => b.Kind)],
        Starts = person.Benefits.ToDictionary(b => b.Kind, b => b.PeriodStart?.ToString("yyyy-MM-dd", null)),
        Limits = person.Benefits.ToDictionary(b => b.Kind, b => b.PersonalLimitPence is { } pence ? (pence / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : null),
    };

    /// <summary>The benefits as the people commands take them, or none with what cannot be read added to <paramref name="errors"/>.</summary>
    public IReadOnlyList<BenefitInput>? Inputs(PageErrors errors)
    {
        var inputs = new List<BenefitInput>();
        foreach (var kind in Kinds)
        {
            LocalDate? start = null;
            if (Starts.GetValueOrDefault(kind) is { Length: > 0 } text)
            {
                var parsed = LocalDatePattern.Iso.Parse(text.Trim());
                if (parsed.Success)
                {
                    start = parsed.Value;
                }
                else
                {
                    errors.Add($"start-{kind}", "Write the date the benefit period started, for example 2026-04-06.");
                }
            }

            if (!PoundsField.TryParse(Limits.GetValueOrDefault(kind), out var limit))
            {
                errors.Add($"limit-{kind}", "Write the personal limit in pounds, for example 50.00.");
            }

            inputs.Add(new BenefitInput(kind, start, limit));
        }

        return errors.Any ? null : inputs;
    }

    /// <summary>The page's field for a path a validator names: "benefits[1].personalLimitPence" is the second chosen benefit's limit box.</summary>
    public string FieldFor(string path)
    {
        var open = path.IndexOf('[', StringComparison.Ordinal);
        var close = path.IndexOf(']', StringComparison.Ordinal);
        if (open < 0 || close < open || !int.TryParse(path.AsSpan(open + 1, close - open - 1), out var index) || index >= Kinds.Count)
        {
            return $"benefit-{Kinds.FirstOrDefault()}";
        }

        return path[(close + 1)..].TrimStart('.') switch
        {
            "periodStart" => $"start-{Kinds[index]}",
            "personalLimitPence" => $"limit-{Kinds[index]}",
            _ => $"benefit-{Kinds[index]}",
        };
    }
}

/// <summary>What the benefits partial shows: the benefits the policy knows, what is chosen, and what is wrong.</summary>
public sealed record BenefitsPart(IReadOnlyList<BenefitRule> Rules, BenefitsForm Form, PageErrors Errors);

/// <summary>What the payment-details partial shows.</summary>
/// <param name="Current">The account the person has, masked, when the page changes it.</param>
public sealed record PaymentDetailsPart(PaymentDetailsForm Form, PageErrors Errors, Domain.People.MaskedBankAccount? Current);
