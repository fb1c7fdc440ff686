using RecognitionPay.Domain.Policies;
using RecognitionPay.Domain.Pricing;
using RecognitionPay.Domain.Pricing.Expenses;
using RecognitionPay.Domain.Pricing.Involvement;
using RecognitionPay.Domain.Pricing.Warnings;

namespace RecognitionPay.Domain.Tests.Pricing;

public sealed partial class ClaimPricerTests
{
    [Fact]
    public void A_line_and_its_warning_carry_the_facts_that_explain_them()
    {
        var priced = Price(TestClaim.For("meeting", 60, prepMinutes: 90));

        var facts = new PreparationTime(CountedMinutes: 90, PaidMinutes: 60, Money.FromPence(2500), PrepLimit.MaxRatio, new Ratio(100));
        Assert.Equal(facts, LineOf(priced, LineKind.Prep).Explanation);
        Assert.Equal(new PrepOverLimit(facts), Assert.Single(priced.Warnings));
    }

    [Fact]
    public void Withheld_pay_keeps_the_facts_of_the_time_and_says_why_it_is_not_paid()
    {
        var priced = Price(TestClaim.For("meeting", 90, recognition: Recognition.Decline));

        var line = LineOf(priced, LineKind.Involvement);
        Assert.Equal(new HourlyAttendance(CountedMinutes: 90, PaidMinutes: 90, Money.FromPence(2500)), line.Explanation);
        Assert.Equal(PayWithheld.Declined, line.Withheld);
        Assert.Equal(Money.Zero, line.Amount);
        Assert.Equal(new PayForTimeWithheld(PayWithheld.Declined), Assert.Single(priced.Warnings));
    }

    [Fact]
    public void Mileage_carries_the_miles_before_it_and_how_many_fall_in_each_band()
    {
        var earlier = new Dictionary<string, Miles> { ["mileage"] = Miles.FromWhole(9995) };

        var priced = Price(TestClaim.For("social", 0, expenses: [TestClaim.CarMiles(40), TestClaim.CarMiles(100)], earlierMilesInTaxYear: earlier));

        var second = Assert.IsType<MilesCharged>(priced.Lines[^1].Explanation);
        Assert.Equal(Miles.FromWhole(9999), second.SoFar);
        Assert.Equal([Miles.FromWhole(1), Miles.FromWhole(9)], [second.InBand(0), second.InBand(1)]);
    }
}
