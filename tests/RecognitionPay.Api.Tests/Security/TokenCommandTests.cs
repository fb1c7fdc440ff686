using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using RecognitionPay.Api.Security;

namespace RecognitionPay.Api.Tests.Security;

public sealed class TokenCommandTests
{
    private const string Key = "a-local-signing-key-for-the-token-command-tests";

    [Fact]
    public async Task In_local_mode_it_prints_a_token_the_service_accepts_for_that_email_and_role()
    {
        var output = new StringWriter();

        var exit = TokenCommand.Run(["token", "--email", "sam@council.example", "--role", "Staff"], Configuration("Local"), output, TextWriter.Null);

        Assert.Equal(0, exit);
        var key = new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(Key));
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(output.ToString().Trim(), LocalTokens.ValidationParameters(key));
        Assert.True(result.IsValid);
        Assert.Equal("sam@council.example", result.ClaimsIdentity.Name);
        Assert.True(result.ClaimsIdentity.HasClaim(LocalTokens.RoleClaim, "Staff"));
    }

    [Fact]
    public void In_oidc_mode_it_refuses()
    {
        var error = new StringWriter();

        var exit = TokenCommand.Run(["token", "--email", "sam@council.example", "--role", "Staff"], Configuration("Oidc"), TextWriter.Null, error);

        Assert.Equal(2, exit);
        Assert.Contains("Local mode", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--email", "sam@council.example", "--role", "Overlord")]
    [InlineData("--role", "Staff", "--hours", "2")]
    public void It_refuses_an_unknown_role_or_a_missing_email(params string[] options)
    {
        var exit = TokenCommand.Run(["token", .. options], Configuration("Local"), TextWriter.Null, TextWriter.Null);

        Assert.Equal(2, exit);
    }

    private static IConfiguration Configuration(string mode) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Auth:Mode"] = mode, ["Auth:SigningKey"] = Key })
        .Build();
}
