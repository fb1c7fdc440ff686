using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Domain.Pricing.Involvement;

/// <summary>Paid by the hour for the counted time, raised to a minimum and lowered to a maximum where set.</summary>
public sealed record HourlyPay : PayBasis
{
    public HourlyPay(Money hourlyRate, int? minimumMinutes, int? maximumMinutes)
    {
        if (hourlyRate.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(hourlyRate), "An hourly rate cannot be negative.");
        }

        if (minimumMinutes is < 0 || maximumMinutes is <= 0 || (minimumMinutes is { } min && maximumMinutes is { } max && min > max))
        {
            throw new ArgumentException("The minimum must be between zero and the maximum.", nameof(minimumMinutes));
        }

        HourlyRate = hourlyRate;
        MinimumMinutes = minimumMinutes;
        MaximumMinutes = maximumMinutes;
    }

    public Money HourlyRate { get; }

    public int? MinimumMinutes { get; }

    public int? MaximumMinutes { get; }

    public override string Basis => "hourly";

    public override bool NeedsAttendance => true;

    public override AttendancePay Price(int countedMinutes, ActivityType type, ICollection<PricingWarning> warnings)
    {
        var paid = countedMinutes;
        var description = $"{Wording.Duration(countedMinutes)} at {Wording.PerHour(HourlyRate)}";
        if (MinimumMinutes is { } minimum && paid < minimum)
        {
            paid = minimum;
            description = $"{Wording.Duration(countedMinutes)} counted as {Wording.Duration(minimum)}, the shortest time this pays for, at {Wording.PerHour(HourlyRate)}";
        }
        else if (MaximumMinutes is { } maximum && paid > maximum)
        {
            paid = maximum;
            description = $"{Wording.Duration(maximum)}, the most this pays for, at {Wording.PerHour(HourlyRate)}";
            warnings.Add(new(WarningCode.AttendanceOverMaximum,
                $"You were there for {Wording.Duration(countedMinutes)}. This activity pays for up to {Wording.Duration(maximum)}. We will pay for {Wording.Duration(maximum)}."));
        }

        return new(HourlyRate.Times(paid, 60), Quantity.Whole(paid), "minutes", description);
    }
}
