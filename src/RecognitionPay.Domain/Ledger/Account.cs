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

    /// <summary>An account read back from storage.</summary>
    public static Account Named(string name) =>
        string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("An account has a name.", nameof(name)) : new(name);

    public override string ToString() => Name;
}
