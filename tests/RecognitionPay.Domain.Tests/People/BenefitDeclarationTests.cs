using NodaTime;
using RecognitionPay.Domain.People;

namespace RecognitionPay.Domain.Tests.People;

public sealed class BenefitDeclarationTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(15000)]
    public void A_personal_limit_of_nothing_or_more_is_kept(long pence)
    {
        var declaration = new BenefitDeclaration("carers-allowance", new LocalDate(2025, 4, 7), Money.FromPence(pence));

        Assert.Equal(Money.FromPence(pence), declaration.PersonalLimit);
    }

    [Fact]
    public void A_declaration_need_not_have_a_personal_limit_or_a_period_start()
    {
        var declaration = new BenefitDeclaration("universal-credit", null, null);

        Assert.Null(declaration.PersonalLimit);
        Assert.Null(declaration.PeriodStart);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(-15000)]
    public void A_negative_personal_limit_is_refused(long pence)
    {
        var refusal = Assert.Throws<ArgumentOutOfRangeException>(() => new BenefitDeclaration("carers-allowance", null, Money.FromPence(pence)));

        Assert.Equal("PersonalLimit", refusal.ParamName);
    }
}
