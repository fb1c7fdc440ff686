using Microsoft.Extensions.Configuration;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Security;

/// <summary>`signin-link` prints, as its last line, a one-time link the pages accept; it refuses roles it does not know and Oidc mode.</summary>
public sealed class SignInLinkCommandTests(RecognitionPayApp app) : IClassFixture<RecognitionPayApp>
{
    private static IConfiguration Configuration(string mode) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Auth:Mode"] = mode, ["Auth:SigningKey"] = RecognitionPayApp.SigningKey })
        .Build();

    [Fact]
    public async Task Its_last_line_is_a_link_to_the_pages_for_that_email_and_role()
    {
        var output = new StringWriter();

        var exit = SignInLinkCommand.Run(["signin-link", "--email", "Link.Person@Example.org", "--role", "CoProducer", "--base-url", "http://pages.example/"], Configuration("Local"), app.Clock, output, TextWriter.Null);

        Assert.Equal(0, exit);
        var link = new Uri(output.ToString().TrimEnd().Split('\n')[^1].Trim());
        Assert.Equal("pages.example", link.Host);
        var page = await app.CreateClient().GetStringAsync(link.PathAndQuery);
        Assert.Contains("This link is for link.person@example.org.", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Local", "Boss")]
    [InlineData("Oidc", "CoProducer")]
    public void An_unknown_role_or_Oidc_mode_gets_no_link(string mode, string role)
    {
        var output = new StringWriter();

        var exit = SignInLinkCommand.Run(["signin-link", "--email", "sam@council.example", "--role", role], Configuration(mode), app.Clock, output, TextWriter.Null);

        Assert.NotEqual(0, exit);
        Assert.Empty(output.ToString());
    }
}
