using RecognitionPay.Domain.Policies;

namespace RecognitionPay.Domain.Pricing.Involvement;

/// <summary>A half-day fee up to a number of minutes, a day fee beyond it.</summary>
public sealed record SessionalPay : PayBasis
{
    public SessionalPay(Money halfDay, Money day, int halfDayUpToMinutes)
    {
        if (halfDay.IsNegative || day.IsNegative || halfDayUpToMinutes <= 0)
        {
            throw new ArgumentException("Session fees cannot be negative and a half day must last some time.");
        }

        HalfDay = halfDay;
        Day = day;
        HalfDayUpToMinutes = halfDayUpToMinutes;
    }

    public Money HalfDay { get; }

    public Money Day { get; }

    public int HalfDayUpToMinutes { get; }

    public override string Basis => "sessional";

    public override bool NeedsAttendance => true;

    public override PricedLine Price(int countedMinutes, ActivityType type, ICollection<PricingWarning> warnings)
    {
        var halfDay = countedMinutes <= HalfDayUpToMinutes;
        var fee = halfDay ? HalfDay : Day;
        return new(LineKind.Involvement, type.Code, Quantity.Whole(1), halfDay ? "half day" : "day", fee,
            new SessionalAttendance(countedMinutes, HalfDayUpToMinutes, fee));
    }
}
