using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;
using RecognitionPay.Api.Security;
using RecognitionPay.Api.Tests.Infrastructure;

namespace RecognitionPay.Api.Tests.Pages;

/// <summary>The service in Oidc mode, its pages signing in through a council's identity provider.</summary>
public sealed class OidcBrowserApp : BrowserApp
{
    public StandInIdentityProvider Provider { get; } = new();

    public override async Task InitializeAsync()
    {
        await Provider.StartAsync();
        await base.InitializeAsync();
    }

    protected override void ConfigureAuthentication(IWebHostBuilder builder) => Provider.Configure(builder);

    /// <summary>A client with an access token from the identity provider, as the API takes in Oidc mode.</summary>
    public override HttpClient As(string role, string email = "someone@council.example")
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Provider.TokenFor(email, role, "recognitionpay-api"));
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Provider.DisposeAsync();
    }
}

/// <summary>In Oidc mode a page sends the person to the identity provider with the code flow and PKCE, and back signed in.</summary>
public sealed class OidcSignInTests(OidcBrowserApp app) : IClassFixture<OidcBrowserApp>
{
    [Fact]
    public async Task A_page_signs_in_with_the_code_flow_and_PKCE_and_the_sign_in_page_goes_to_the_provider()
    {
        const string email = "oidc.hal@example.org";
        await app.RegisterPerson(email, new { displayName = "Hal Moss" });
        app.Provider.Email = email;
        app.Provider.Role = Roles.CoProducer;

        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hello Hal Moss");
        Assert.True(app.Provider.Authorizations.TryPeek(out var asked));
        Assert.Equal("code", asked["response_type"]);
        Assert.Equal("S256", asked["code_challenge_method"]);
        Assert.NotEmpty(asked["code_challenge"].ToString());
        Assert.Equal(1, app.Provider.CodesRedeemed);
        var cookie = (await page.Context.CookiesAsync()).Single(c => c.Name == "recognitionpay");
        Assert.True(cookie.HttpOnly);

        await page.GotoAsync("/sign-in");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hello Hal Moss");
    }
}
