using RecognitionPay.Domain.Policies;
using RecognitionPay.Domain.Pricing.Warnings;
using RecognitionPay.Domain.Time;

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

    public override PricedLine Price(int countedMinutes, ActivityType type, ICollection<PricingWarning> warnings)
    {
        var paid = Math.Clamp(countedMinutes, MinimumMinutes ?? 0, MaximumMinutes ?? int.MaxValue);
        var attendance = new HourlyAttendance(countedMinutes, paid, HourlyRate);
        if (attendance.IsOverMaximum)
        {
            warnings.Add(new AttendanceOverMaximum(attendance));
        }

        return new(LineKind.Involvement, type.Code, Quantity.Whole(paid), "minutes", HourlyRate.Times(paid, Minutes.PerHour), attendance);
    }
}
