namespace RecognitionPay.Domain.Ledger;

/// <summary>A ledger account, named as design.md names them.</summary>
public readonly record struct Account
{
    private Account(string name) => Name = name;

    public string Name { get; }

    public static Account Involvement { get; } = new("expense:involvement");

    public static Account Preparation { get; } = new("expense:preparation");

    public static Account TravelTime { get; } = new("expense:travel-time");

    public static Account InTransit { get; } = new("liability:in-transit");

    public static Account Bank { get; } = new("asset:bank");

    public static Account Reimbursement(string categoryCode) => new($"expense:reimbursement:{categoryCode}");

    public static Account Payable(PersonId personId) => new($"liability:payable:{personId}");

    /// <summary>Whose payable this is, for a person's payable account; none for any other account.</summary>
    public PersonId? PayableTo =>
        Name.StartsWith(PayablePrefix, StringComparison.Ordinal) && Guid.TryParse(Name.AsSpan(PayablePrefix.Length), out var id) ? new PersonId(id) : null;

    private const string PayablePrefix = "liability:payable:";

    /// <summary>An account read back from storage.</summary>
    public static Account Named(string name) =>
        string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("An account has a name.", nameof(name)) : new(name);

    public override string ToString() => Name;
}
