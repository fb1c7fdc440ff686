namespace RecognitionPay.Domain.Tests;

public sealed class ActorTests
{
    [Fact]
    public void An_actor_is_the_same_whatever_the_case_of_their_email()
    {
        Assert.Equal(new Actor("Sam.Carter@Example.org"), new Actor("sam.carter@example.org"));
        Assert.Equal(new Actor("Sam.Carter@Example.org").GetHashCode(), new Actor("sam.carter@example.org").GetHashCode());
        Assert.True(new Actor("sam.carter@example.org").Is("SAM.CARTER@example.org"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_actor_has_a_name(string name) =>
        Assert.Throws<ArgumentException>(() => new Actor(name));

    [Fact]
    public void Ids_order_as_the_guids_they_wrap()
    {
        var first = new ClaimId(new Guid("019ad000-0000-7000-8000-000000000001"));
        var second = new ClaimId(new Guid("019ad000-0001-7000-8000-000000000000"));

        Assert.Equal([first, second], new[] { second, first }.Order());
    }
}
