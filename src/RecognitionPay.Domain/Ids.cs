namespace RecognitionPay.Domain;

/// <summary>A person who is paid. Each kind of id is its own type, so one can never be passed for another.</summary>
public readonly record struct PersonId(Guid Value) : IComparable<PersonId>
{
    /// <summary>Version 7 Guids sort by when they were made, so ordering by id is ordering by creation.</summary>
    public int CompareTo(PersonId other) => Value.CompareTo(other.Value);

    public static PersonId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

/// <summary>A claim.</summary>
public readonly record struct ClaimId(Guid Value) : IComparable<ClaimId>
{
    /// <summary>Version 7 Guids sort by when they were made, so ordering by id is ordering by creation.</summary>
    public int CompareTo(ClaimId other) => Value.CompareTo(other.Value);

    public static ClaimId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

/// <summary>An activity staff set up.</summary>
public readonly record struct ActivityId(Guid Value) : IComparable<ActivityId>
{
    /// <summary>Version 7 Guids sort by when they were made, so ordering by id is ordering by creation.</summary>
    public int CompareTo(ActivityId other) => Value.CompareTo(other.Value);

    public static ActivityId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

/// <summary>A payment run (a "batch" in the API's paths).</summary>
public readonly record struct PaymentRunId(Guid Value) : IComparable<PaymentRunId>
{
    /// <summary>Version 7 Guids sort by when they were made, so ordering by id is ordering by creation.</summary>
    public int CompareTo(PaymentRunId other) => Value.CompareTo(other.Value);

    public static PaymentRunId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

/// <summary>One payment in a run: one person, one payment method.</summary>
public readonly record struct PaymentItemId(Guid Value) : IComparable<PaymentItemId>
{
    /// <summary>Version 7 Guids sort by when they were made, so ordering by id is ordering by creation.</summary>
    public int CompareTo(PaymentItemId other) => Value.CompareTo(other.Value);

    public static PaymentItemId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
